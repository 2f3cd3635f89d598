#pragma once

#include <QPlainTextEdit>
#include <QStringList>
#include <QStyledItemDelegate>
#include <QSyntaxHighlighter>

class QCompleter;
class QStringListModel;

namespace crmbridge {

/// Colours formula text from the formula language's own lexer: function names, field paths,
/// keywords, strings, numbers and operators; the parser's first error is underlined (red wave)
/// at its line and column. Works on the whole document, so a formula may span lines.
class FormulaHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit FormulaHighlighter(QTextDocument *document);

    /// The parser's message for the current text ("1:7: …"), or empty when it parses.
    QString errorText() const { return m_errorText; }

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Span
    {
        int start;
        int length;
        int kind; ///< index into the format table
    };
    void analyse(const QString &formula);

    QString m_analysed;
    bool m_hasAnalysis = false;
    QList<Span> m_spans;
    int m_errorOffset = -1;
    int m_errorLength = 0;
    QString m_errorText;
};

/// The words the formula editor completes: source field paths and FunctionLibrary::names().
class FormulaCompletions : public QObject
{
    Q_OBJECT

public:
    explicit FormulaCompletions(QObject *parent = nullptr);
    void setFieldPaths(const QStringList &paths);
    QStringListModel *model() const { return m_model; }

private:
    QStringListModel *m_model;
};

/// The in-place formula editor: one line of highlighted text (a QPlainTextEdit, because a
/// QSyntaxHighlighter needs a document) whose completer offers field paths and function names
/// for the word under the cursor. Return commits (committed()), Escape cancels, Tab moves on;
/// the parser's error, if any, is the tooltip.
class FormulaEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit FormulaEdit(QAbstractItemModel *words, QWidget *parent = nullptr);

    QString text() const { return toPlainText(); }
    void setText(const QString &text);
    QCompleter *completer() const { return m_completer; }
    FormulaHighlighter *highlighter() const { return m_highlighter; }
    QSize sizeHint() const override;

signals:
    void committed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    std::pair<int, int> wordBounds() const;
    void insertCompletion(const QString &word);
    void updateCompletion();

    QCompleter *m_completer;
    FormulaHighlighter *m_highlighter;
};

/// Edits the formula column in place with a FormulaEdit.
class FormulaDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    FormulaDelegate(FormulaCompletions *completions, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    FormulaCompletions *m_completions;
};

} // namespace crmbridge
