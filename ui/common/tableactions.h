#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;
class QModelIndex;
class QTableView;
template<typename T> class QList;
using QModelIndexList = QList<QModelIndex>;

namespace crmbridge {

class Prompts;

/// What every table in the window offers: Ctrl+C copies the selection as TSV (with the header
/// row), and a context menu with "Copy as TSV" and "Export to CSV…". Install once per view.
class TableActions : public QObject
{
    Q_OBJECT

public:
    /// `exporter`, when given, writes the CSV itself (e.g. straight from SQL for a lazy model);
    /// otherwise every row of the view's model is written.
    static TableActions *install(QTableView *view, Prompts &prompts, const QString &exportName,
                                 std::function<bool(const QString &path, QString *error)> exporter = {});

    /// The selected cells as tab-separated text, with the column titles as the first line.
    static QString selectionAsTsv(const QAbstractItemView *view);
    static QString rowsAsTsv(const QAbstractItemModel *model, const QModelIndexList &indexes);
    /// One CSV field, quoted when needed (RFC 4180).
    static QString csvField(const QString &text);
    /// Writes every row of `model` as CSV (UTF-8, header row); false with *error on failure.
    static bool writeCsv(const QAbstractItemModel *model, const QString &path, QString *error);

    void copy() const;
    void exportCsv();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TableActions(QTableView *view, Prompts &prompts, QString exportName,
                 std::function<bool(const QString &, QString *)> exporter);

    QTableView *m_view;
    Prompts &m_prompts;
    QString m_exportName;
    std::function<bool(const QString &, QString *)> m_exporter;
};

} // namespace crmbridge
