#include "ui/mapping/formulaeditor.h"

#include "core/mapping/formula/functions.h"
#include "core/mapping/formula/lexer.h"
#include "core/mapping/formula/parser.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QTextCharFormat>

namespace crmbridge {

namespace {

enum SpanKind { Field, Function, Keyword, Number, String, Operator, Variable, KindCount };

QTextCharFormat formatFor(int kind)
{
    QTextCharFormat f;
    switch (kind) {
    case Field:
        f.setForeground(QColor(0x1f, 0x5f, 0xa8));
        break;
    case Function:
        f.setForeground(QColor(0x7a, 0x2e, 0x9c));
        f.setFontWeight(QFont::Bold);
        break;
    case Keyword:
        f.setForeground(QColor(0x8e, 0x24, 0xaa));
        f.setFontWeight(QFont::Bold);
        break;
    case Number:
        f.setForeground(QColor(0xb0, 0x5a, 0x00));
        break;
    case String:
        f.setForeground(QColor(0x2e, 0x7d, 0x32));
        break;
    case Operator:
        f.setForeground(QColor(0x5d, 0x40, 0x37));
        f.setFontWeight(QFont::DemiBold);
        break;
    case Variable:
        f.setForeground(QColor(0x00, 0x83, 0x8f));
        break;
    default:
        break;
    }
    return f;
}

bool isKeyword(const QString &word)
{
    static const QStringList words = { QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT"),
                                       QStringLiteral("TRUE"), QStringLiteral("FALSE"), QStringLiteral("NULL") };
    return words.contains(word, Qt::CaseInsensitive);
}

} // namespace

FormulaHighlighter::FormulaHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

void FormulaHighlighter::analyse(const QString &formula)
{
    if (m_hasAnalysis && formula == m_analysed)
        return;
    m_hasAnalysis = true;
    m_analysed = formula;
    m_spans.clear();
    m_errorOffset = -1;
    m_errorText.clear();
    using Kind = mapping::Token::Kind;
    mapping::FormulaError error;
    const auto tokens = mapping::Lexer::tokenize(formula, &error);
    if (tokens) {
        for (std::size_t i = 0; i < tokens->size(); ++i) {
            const mapping::Token &t = tokens->at(i);
            int kind = -1;
            switch (t.kind) {
            case Kind::Number:
                kind = Number;
                break;
            case Kind::String:
                kind = String;
                break;
            case Kind::QuotedName:
                kind = Field;
                break;
            case Kind::Variable:
                kind = Variable;
                break;
            case Kind::Identifier:
                if (i + 1 < tokens->size() && tokens->at(i + 1).kind == Kind::LParen && !isKeyword(t.text))
                    kind = Function;
                else
                    kind = isKeyword(t.text) ? Keyword : Field;
                break;
            case Kind::Plus:
            case Kind::Minus:
            case Kind::Star:
            case Kind::Slash:
            case Kind::Amp:
            case Kind::Equal:
            case Kind::NotEqual:
            case Kind::Less:
            case Kind::LessEqual:
            case Kind::Greater:
            case Kind::GreaterEqual:
                kind = Operator;
                break;
            default:
                break;
            }
            if (kind >= 0 && t.length > 0)
                m_spans.append({ t.offset, t.length, kind });
        }
        if (!formula.trimmed().isEmpty() && !mapping::Parser::parse(formula, &error)) {
            m_errorOffset = error.offset;
            m_errorLength = qMax(1, error.length);
            m_errorText = error.text();
        }
    } else {
        m_errorOffset = error.offset;
        m_errorLength = qMax(1, error.length);
        m_errorText = error.text();
    }
}

void FormulaHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
    analyse(block.document()->toPlainText());
    const int blockStart = block.position();
    const int blockEnd = blockStart + int(text.size());
    static const QList<QTextCharFormat> formats = [] {
        QList<QTextCharFormat> list;
        for (int k = 0; k < KindCount; ++k)
            list.append(formatFor(k));
        return list;
    }();
    for (const Span &span : std::as_const(m_spans)) {
        const int start = qMax(span.start, blockStart);
        const int end = qMin(span.start + span.length, blockEnd);
        if (start < end)
            setFormat(start - blockStart, end - start, formats.at(span.kind));
    }
    if (m_errorOffset >= 0) {
        // At the end of the text (a missing ")"), underline the last character.
        int start = m_errorOffset;
        int end = m_errorOffset + m_errorLength;
        if (start >= int(m_analysed.size()) && !m_analysed.isEmpty()) {
            start = int(m_analysed.size()) - 1;
            end = start + 1;
        }
        start = qMax(start, blockStart);
        end = qMin(end, blockEnd);
        for (int i = start; i < end; ++i) {
            QTextCharFormat f = format(i - blockStart);
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            f.setUnderlineColor(QColor(0xd3, 0x2f, 0x2f));
            f.setToolTip(m_errorText);
            setFormat(i - blockStart, 1, f);
        }
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

// ---- FormulaEdit -------------------------------------------------------------------------------

FormulaEdit::FormulaEdit(QAbstractItemModel *words, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_completer(new QCompleter(words, this))
    , m_highlighter(new FormulaHighlighter(document()))
{
    setObjectName(QStringLiteral("formulaEditor"));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTabChangesFocus(true);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(2);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &FormulaEdit::insertCompletion);
    connect(this, &QPlainTextEdit::textChanged, this, [this] { setToolTip(m_highlighter->errorText()); });
}

void FormulaEdit::setText(const QString &text)
{
    setPlainText(text);
    moveCursor(QTextCursor::End);
}

QSize FormulaEdit::sizeHint() const
{
    return { QPlainTextEdit::sizeHint().width(), fontMetrics().height() + 8 };
}

std::pair<int, int> FormulaEdit::wordBounds() const
{
    const QString t = toPlainText();
    const int cursor = textCursor().position();
    auto isWord = [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'[' || c == u']' || c == u'*';
    };
    int start = cursor;
    while (start > 0 && isWord(t.at(start - 1)))
        --start;
    int end = cursor;
    while (end < t.size() && isWord(t.at(end)))
        ++end;
    return { start, end };
}

void FormulaEdit::insertCompletion(const QString &word)
{
    const auto [start, end] = wordBounds();
    QTextCursor cursor = textCursor();
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.insertText(word);
    setTextCursor(cursor);
}

void FormulaEdit::updateCompletion()
{
    const auto [start, end] = wordBounds();
    Q_UNUSED(end)
    const QString prefix = toPlainText().mid(start, textCursor().position() - start);
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
                  + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void FormulaEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        // The completer takes these while its list is open.
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // One line: Return commits instead of breaking the line.
        emit committed();
        return;
    }
    const QString before = toPlainText();
    QPlainTextEdit::keyPressEvent(event);
    if (toPlainText() != before && !event->text().isEmpty())
        updateCompletion();
    else if (toPlainText() != before)
        m_completer->popup()->hide();
}

// ---- FormulaDelegate ---------------------------------------------------------------------------

FormulaDelegate::FormulaDelegate(FormulaCompletions *completions, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_completions(completions)
{ }

QWidget *FormulaDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new FormulaEdit(m_completions->model(), parent);
    connect(editor, &FormulaEdit::committed, this, [this, editor] {
        auto *self = const_cast<FormulaDelegate *>(this);
        emit self->commitData(editor);
        emit self->closeEditor(editor, QAbstractItemDelegate::SubmitModelCache);
    });
    return editor;
}

void FormulaDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<FormulaEdit *>(editor)) {
        if (edit->text() != index.data(Qt::EditRole).toString())
            edit->setText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void FormulaDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<FormulaEdit *>(editor)) {
        model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void FormulaDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                           const QModelIndex &) const
{
    // At least one line of text high, even in a compact row.
    QRect rect = option.rect;
    rect.setHeight(qMax(rect.height(), editor->sizeHint().height()));
    editor->setGeometry(rect);
}

} // namespace crmbridge
