#include "core/workspace/demoworkspace.h"

#include <QFileInfo>

namespace crmbridge {

static QList<DemoWorkspace::Seeder> &seeders()
{
    static QList<DemoWorkspace::Seeder> list;
    return list;
}

void DemoWorkspace::addSeeder(Seeder seeder)
{
    seeders().append(std::move(seeder));
}

Result<std::unique_ptr<Workspace>> DemoWorkspace::create(const QString &path, bool overwrite)
{
    Workspace::CreateOptions options;
    options.name = tr("Demo workspace");
    options.demo = true;
    options.overwrite = overwrite;
    Result<std::unique_ptr<Workspace>> workspace = Workspace::create(path, options);
    if (!workspace)
        return workspace;
    for (const Seeder &seed : std::as_const(seeders())) {
        if (Status s = seed(*workspace.value()); !s)
            return s.error();
    }
    return workspace;
}

Result<std::unique_ptr<Workspace>> DemoWorkspace::openOrCreate(const QString &path)
{
    if (QFileInfo::exists(path))
        return Workspace::open(path);
    return create(path);
}

} // namespace crmbridge
