#include "ui/mapping/formulaeditor.h"

#include "core/mapping/formula/functions.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStringListModel>
#include <QTextCharFormat>

namespace crmbridge {

FormulaHighlighter::FormulaHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

void FormulaHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression function(QStringLiteral(R"(\b[A-Z_][A-Z0-9_]*(?=\s*\())"));
    static const QRegularExpression field(
        QStringLiteral(R"(\b[a-zA-Z_][\w]*(\[\*?\d*\])?(\.[a-zA-Z_][\w]*(\[\*?\d*\])?)*)"));
    static const QRegularExpression number(QStringLiteral(R"(\b\d+(\.\d+)?\b)"));
    static const QRegularExpression string(QStringLiteral(R"("([^"\\]|\\.)*"?)"));
    QTextCharFormat fieldFormat;
    fieldFormat.setForeground(QColor(0x1f, 0x5f, 0xa8));
    QTextCharFormat functionFormat;
    functionFormat.setForeground(QColor(0x7a, 0x2e, 0x9c));
    functionFormat.setFontWeight(QFont::Bold);
    QTextCharFormat numberFormat;
    numberFormat.setForeground(QColor(0xb0, 0x5a, 0x00));
    QTextCharFormat stringFormat;
    stringFormat.setForeground(QColor(0x2e, 0x7d, 0x32));
    for (auto it = field.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), fieldFormat);
    }
    for (auto it = function.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), functionFormat);
    }
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), numberFormat);
    }
    for (auto it = string.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), stringFormat);
    }
}

FormulaCompletions::FormulaCompletions(QObject *parent)
    : QObject(parent)
    , m_model(new QStringListModel(this))
{
    setFieldPaths({});
}

void FormulaCompletions::setFieldPaths(const QStringList &paths)
{
    QStringList words = paths;
    for (QString &path : words)
        path.replace(QStringLiteral("[]"), QStringLiteral("[*]"));
    words += mapping::FunctionLibrary::names();
    words.removeDuplicates();
    words.sort(Qt::CaseInsensitive);
    m_model->setStringList(words);
}

namespace {

/// A line edit whose completer works on the word under the cursor, not the whole text.
class FormulaLineEdit : public QLineEdit
{
public:
    FormulaLineEdit(QAbstractItemModel *words, QWidget *parent)
        : QLineEdit(parent)
    {
        auto *completer = new QCompleter(words, this);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        completer->setWidget(this);
        m_completer = completer;
        connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
                [this](const QString &word) {
                    const auto [start, end] = wordBounds();
                    QString t = text();
                    t.replace(start, end - start, word);
                    setText(t);
                    setCursorPosition(int(start + word.size()));
                });
        connect(this, &QLineEdit::textEdited, this, [this] {
            const auto [start, end] = wordBounds();
            const QString prefix = text().mid(start, cursorPosition() - start);
            if (prefix.isEmpty()) {
                m_completer->popup()->hide();
                return;
            }
            m_completer->setCompletionPrefix(prefix);
            m_completer->complete();
        });
    }

private:
    std::pair<qsizetype, qsizetype> wordBounds() const
    {
        const QString t = text();
        qsizetype start = cursorPosition();
        auto isWord = [](QChar c) {
            return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'[' || c == u']' || c == u'*';
        };
        while (start > 0 && isWord(t.at(start - 1)))
            --start;
        qsizetype end = cursorPosition();
        while (end < t.size() && isWord(t.at(end)))
            ++end;
        return { start, end };
    }

    QCompleter *m_completer;
};

} // namespace

FormulaDelegate::FormulaDelegate(FormulaCompletions *completions, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_completions(completions)
{ }

QWidget *FormulaDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &) const
{
    auto *editor = new FormulaLineEdit(m_completions->model(), parent);
    editor->setFrame(false);
    editor->setObjectName(QStringLiteral("formulaEditor"));
    return editor;
}

} // namespace crmbridge
