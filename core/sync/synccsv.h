#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

namespace crmbridge::sync {

/// A small RFC 4180 CSV file for the plan, success and error files: UTF-8, CRLF line ends, cells
/// quoted when they hold a comma, quote or line break. Lines are written as they come and flushed,
/// so a file of an interrupted run holds whole lines.
class SyncCsvFile
{
    Q_DECLARE_TR_FUNCTIONS(SyncCsvFile)

public:
    Status open(const QString &path, const QStringList &header, bool append = false);
    Status writeRow(const QStringList &cells);
    Status close();
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    qint64 rows() const { return m_rows; }

    static QByteArray line(const QStringList &cells);

private:
    QFile m_file;
    qint64 m_rows = 0;
};

} // namespace crmbridge::sync
