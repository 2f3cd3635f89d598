#include "core/sync/synccsv.h"

namespace crmbridge::sync {

QByteArray SyncCsvFile::line(const QStringList &cells)
{
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        QByteArray cell = cells.at(i).toUtf8();
        if (cell.contains(',') || cell.contains('"') || cell.contains('\n') || cell.contains('\r')) {
            cell.replace("\"", "\"\"");
            cell = '"' + cell + '"';
        }
        out += cell;
    }
    out += "\r\n";
    return out;
}

Status SyncCsvFile::open(const QString &path, const QStringList &header, bool append)
{
    m_file.setFileName(path);
    const bool existed = append && m_file.exists() && m_file.size() > 0;
    if (!m_file.open(QIODevice::WriteOnly | (append ? QIODevice::Append : QIODevice::Truncate))) {
        return Error::io(tr("Cannot write the file: %1").arg(m_file.errorString()), path,
                         tr("Check that the folder exists and is writable."));
    }
    m_rows = 0;
    if (!existed)
        return writeRow(header);
    return {};
}

Status SyncCsvFile::writeRow(const QStringList &cells)
{
    const QByteArray bytes = line(cells);
    if (m_file.write(bytes) != bytes.size() || !m_file.flush()) {
        return Error::io(tr("Writing the file failed: %1").arg(m_file.errorString()), m_file.fileName(),
                         tr("Free some disk space and try again."));
    }
    ++m_rows;
    return {};
}

Status SyncCsvFile::close()
{
    if (m_file.isOpen())
        m_file.close();
    return {};
}

} // namespace crmbridge::sync
