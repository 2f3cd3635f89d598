#pragma once

#include <QStringList>
#include <QStyledItemDelegate>
#include <QSyntaxHighlighter>

class QCompleter;
class QStringListModel;

namespace crmbridge {

/// Colours formula text: function names, field paths, strings, numbers, operators.
class FormulaHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit FormulaHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
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

/// Edits the formula column in place: a QLineEdit whose completer offers field paths and
/// function names for the word under the cursor.
class FormulaDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    FormulaDelegate(FormulaCompletions *completions, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    FormulaCompletions *m_completions;
};

} // namespace crmbridge
