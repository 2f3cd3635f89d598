#include "ui/common/tableactions.h"

#include "ui/shell/prompts.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>

#include <algorithm>
#include <map>

namespace crmbridge {

TableActions::TableActions(QTableView *view, Prompts &prompts, QString exportName,
                           std::function<bool(const QString &, QString *)> exporter)
    : QObject(view)
    , m_view(view)
    , m_prompts(prompts)
    , m_exportName(std::move(exportName))
    , m_exporter(std::move(exporter))
{ }

TableActions *TableActions::install(QTableView *view, Prompts &prompts, const QString &exportName,
                                    std::function<bool(const QString &, QString *)> exporter)
{
    auto *actions = new TableActions(view, prompts, exportName, std::move(exporter));
    view->installEventFilter(actions);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, actions, [actions, view](const QPoint &pos) {
        auto *menu = new QMenu(view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        QAction *copy = menu->addAction(tr("Copy as TSV"));
        copy->setShortcut(QKeySequence::Copy);
        QAction *exportCsv = menu->addAction(tr("Export to CSV…"));
        copy->setEnabled(view->selectionModel() && view->selectionModel()->hasSelection());
        connect(copy, &QAction::triggered, actions, &TableActions::copy);
        connect(exportCsv, &QAction::triggered, actions, &TableActions::exportCsv);
        menu->popup(view->viewport()->mapToGlobal(pos)); // popup(), not exec(): no nested event loop
    });
    return actions;
}

bool TableActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copy();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

static QString tsvCell(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.remove(QLatin1Char('\r'));
    return text;
}

QString TableActions::rowsAsTsv(const QAbstractItemModel *model, const QModelIndexList &indexes)
{
    if (indexes.isEmpty())
        return {};
    std::map<int, std::map<int, QString>> cells;
    QList<int> columns;
    for (const QModelIndex &index : indexes) {
        cells[index.row()][index.column()] = tsvCell(index.data(Qt::DisplayRole).toString());
        if (!columns.contains(index.column()))
            columns.append(index.column());
    }
    std::sort(columns.begin(), columns.end());
    QStringList lines;
    QStringList header;
    for (int column : std::as_const(columns))
        header << tsvCell(model->headerData(column, Qt::Horizontal).toString());
    lines << header.join(QLatin1Char('\t'));
    for (const auto &[row, values] : cells) {
        QStringList line;
        for (int column : std::as_const(columns)) {
            const auto it = values.find(column);
            line << (it == values.end() ? QString() : it->second);
        }
        lines << line.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString TableActions::selectionAsTsv(const QAbstractItemView *view)
{
    if (!view->selectionModel())
        return {};
    QModelIndexList indexes = view->selectionModel()->selectedIndexes();
    // Hidden columns stay out of the copy, as they are out of sight.
    if (const auto *table = qobject_cast<const QTableView *>(view)) {
        indexes.removeIf([table](const QModelIndex &i) { return table->isColumnHidden(i.column()); });
    }
    return rowsAsTsv(view->model(), indexes);
}

void TableActions::copy() const
{
    const QString text = selectionAsTsv(m_view);
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

QString TableActions::csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool TableActions::writeCsv(const QAbstractItemModel *model, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const int columns = model->columnCount();
    QStringList header;
    for (int c = 0; c < columns; ++c)
        header << csvField(model->headerData(c, Qt::Horizontal).toString());
    file.write((header.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList line;
        for (int c = 0; c < columns; ++c)
            line << csvField(model->index(r, c).data().toString());
        file.write((line.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void TableActions::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = m_prompts.saveFileName(m_view, tr("Export to CSV"),
                                          QDir(dir).filePath(m_exportName + QStringLiteral(".csv")),
                                          tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = m_exporter ? m_exporter(path, &error) : writeCsv(m_view->model(), path, &error);
    if (!ok)
        m_prompts.error(m_view, tr("Export to CSV"),
                        tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
}

} // namespace crmbridge
