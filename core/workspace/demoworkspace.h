#pragma once

#include "core/workspace/workspace.h"

namespace crmbridge {

/// The workspace a new user lands in: created on first start in the user's data directory.
/// Features that can fill it (sandbox endpoints, mappings, sync profiles) register a seeder.
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    using Seeder = std::function<Status(Workspace &)>;

    /// Adds a step that fills a freshly created demo workspace.
    static void addSeeder(Seeder seeder);

    /// Opens the demo workspace at `path`, creating and seeding it when it does not exist yet.
    static Result<std::unique_ptr<Workspace>> openOrCreate(const QString &path);

    /// Creates (or, with overwrite, recreates) a demo workspace and runs every seeder.
    static Result<std::unique_ptr<Workspace>> create(const QString &path, bool overwrite = false);
};

} // namespace crmbridge
