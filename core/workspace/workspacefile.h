#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QString>

namespace crmbridge {

/// What the first 100 bytes of a file say about it, read without SQLite so that a file which is
/// not a workspace (or one we must not touch) is never opened, let alone written.
struct WorkspaceHeader
{
    qint64 fileSize = 0;
    quint32 pageSize = 0;
    quint32 pageCount = 0;     ///< the "in-header database size", 0 when not trustworthy
    quint32 applicationId = 0; ///< CRM Bridge writes WorkspaceFile::ApplicationId
    quint32 userVersion = 0;   ///< mirrors the schema version
    bool writable = false;     ///< the file and its folder can be written (WAL needs both)
};

/// Checks a path before SQLite sees it. Every failure names the file, says what is wrong and
/// what to do; nothing here writes to the file.
class WorkspaceFile
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceFile)

public:
    static constexpr quint32 ApplicationId = 0x43524D42; // "CRMB"
    static constexpr qint64 QuickCheckLimit = 64 * 1024 * 1024;

    enum class Access { ReadWrite, ReadOnly };

    /// Reads and validates the header. `latestVersion` is the newest schema this build knows.
    static Result<WorkspaceHeader> inspect(const QString &path, int latestVersion, Access access);

    /// True when the permission bits or the folder forbid writing (checked on the bits, so a
    /// file marked read-only stays read-only even for root).
    static bool isWritable(const QString &path);
};

} // namespace crmbridge
