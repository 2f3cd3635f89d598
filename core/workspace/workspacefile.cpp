#include "core/workspace/workspacefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace crmbridge {

namespace {

constexpr char SqliteMagic[] = "SQLite format 3";

quint32 readBigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

quint16 readBigEndian16(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint16>(bytes.constData() + offset);
}

} // namespace

bool WorkspaceFile::isWritable(const QString &path)
{
    // The owner/group/other bits come from the file's mode; WriteUser would ask access(), which
    // says yes to root whatever the bits are.
    const QFileInfo info(path);
    const QFile::Permissions writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    if (!(info.permissions() & writeBits))
        return false;
    const QFileInfo folder(info.absolutePath());
    return (folder.permissions() & writeBits) && folder.isWritable() && info.isWritable();
}

Result<WorkspaceHeader> WorkspaceFile::inspect(const QString &path, int latestVersion, Access access)
{
    const QString where = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error::notFound(tr("There is no workspace file here"), where,
                               tr("Check the path, or create a workspace with File ▸ New "
                                  "(crmbridge-cli workspace init FILE)."));
    }
    if (info.isDir()) {
        return Error::input(tr("This is a folder, not a workspace file"), where,
                            tr("Choose a .crmbridge file inside it."));
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::io(tr("The workspace file cannot be read: %1").arg(file.errorString()), where,
                         tr("Check the file's permissions."));
    }
    WorkspaceHeader header;
    header.fileSize = file.size();
    const QByteArray bytes = file.read(100);
    file.close();

    if (header.fileSize == 0) {
        return Error::input(tr("The file is empty, so it is not a CRM Bridge workspace"), where,
                            tr("Open another file, or create a new workspace."));
    }
    if (!bytes.startsWith(QByteArray::fromRawData(SqliteMagic, sizeof SqliteMagic))) {
        return Error::input(tr("This file is not a CRM Bridge workspace: it is not an SQLite "
                               "database"),
                            where, tr("Open a .crmbridge file, or create a new workspace."));
    }
    if (bytes.size() < 100) {
        return Error::input(tr("The workspace file is truncated: it ends inside its header (%n "
                               "byte(s))",
                               nullptr, int(header.fileSize)),
                            where, tr("Restore the file from a backup or a copy."));
    }

    const quint16 rawPageSize = readBigEndian16(bytes, 16);
    header.pageSize = rawPageSize == 1 ? 65536u : rawPageSize;
    const bool pageSizeValid = header.pageSize >= 512 && header.pageSize <= 65536
        && (header.pageSize & (header.pageSize - 1)) == 0;
    if (!pageSizeValid) {
        return Error::input(tr("The workspace file is corrupt: its header gives an impossible page "
                               "size (%1)")
                                .arg(header.pageSize),
                            where, tr("Restore the file from a backup or a copy."));
    }

    // The in-header size is trustworthy only when the change counter (offset 24) matches the
    // "version valid for" number (offset 92).
    if (readBigEndian32(bytes, 24) == readBigEndian32(bytes, 92))
        header.pageCount = readBigEndian32(bytes, 28);
    header.userVersion = readBigEndian32(bytes, 60);
    header.applicationId = readBigEndian32(bytes, 68);

    if (header.applicationId != ApplicationId) {
        return Error::input(tr("This SQLite database was not made by CRM Bridge, so it is not a "
                               "workspace"),
                            where, tr("Open a .crmbridge file, or create a new workspace."));
    }
    // With a write-ahead log beside it, a shorter file is not truncated: a checkpoint copies the
    // log's pages into the file page by page, header first, so a process killed in the middle of
    // one (kill -9 of the window or the CLI during a run) leaves a header that promises pages the
    // file does not have yet. They are still in the log, and SQLite finishes the copy on open;
    // the quick_check that follows in Workspace::open reads the database with the log applied.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walHoldsPages = wal.exists() && wal.size() > 0;
    if (header.pageCount > 0 && header.fileSize < qint64(header.pageCount) * header.pageSize && !walHoldsPages) {
        return Error::input(tr("The workspace file is truncated: it has %1 of the %2 bytes its "
                               "header promises")
                                .arg(header.fileSize)
                                .arg(qint64(header.pageCount) * header.pageSize),
                            where, tr("Restore the file from a backup or a copy."));
    }
    if (header.fileSize % header.pageSize != 0) {
        return Error::input(tr("The workspace file is truncated or damaged: its size (%1 bytes) is "
                               "not a whole number of %2-byte pages")
                                .arg(header.fileSize)
                                .arg(header.pageSize),
                            where, tr("Restore the file from a backup or a copy."));
    }
    if (int(header.userVersion) > latestVersion) {
        return Error::config(tr("This workspace was written by a newer version of CRM Bridge "
                                "(schema %1; this version knows up to %2)")
                                 .arg(header.userVersion)
                                 .arg(latestVersion),
                             where, tr("Update CRM Bridge to open it. The file was not changed."));
    }

    header.writable = isWritable(path);
    if (access == Access::ReadWrite && !header.writable) {
        return Error::io(tr("The workspace file (or its folder) is read-only, and a workspace saves "
                            "every change at once"),
                         where,
                         tr("Make the file and its folder writable, or copy it somewhere writable "
                            "and open the copy."));
    }
    return header;
}

} // namespace crmbridge
