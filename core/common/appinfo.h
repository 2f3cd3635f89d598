#pragma once

#include <QString>

namespace crmbridge {

/// Names shared by the window and the CLI, so both find the same demo workspace and settings.
namespace AppInfo {
/// Sets the application and organisation names on the running Q(Core)Application.
void apply();
QString version();
/// The memory allocator the program runs on: "jemalloc 5.3.0" or "system" (cmake/CrmBridgeAllocator.cmake).
QString allocator();
QString displayName();
/// The demo workspace in the user's data directory (created on first start).
QString demoWorkspacePath();
/// Where a translator for `language` ("en", "zh_CN") lives inside the binary.
QString translationResource(const QString &language);
} // namespace AppInfo

} // namespace crmbridge
