#include "core/exchange/workspaceexchange.h"

#include "core/endpoints/endpointstore.h"
#include "core/mapping/mappingfile.h"
#include "core/mapping/mappingstore.h"
#include "core/workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace crmbridge {

namespace {

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error::io(WorkspaceExchange::tr("Could not write the export: %1").arg(file.errorString()), path,
                         WorkspaceExchange::tr("Check that the folder is writable and the disk is not full."));
    }
    return {};
}

Result<QJsonObject> readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::io(WorkspaceExchange::tr("Cannot read the file: %1").arg(file.errorString()), path,
                         WorkspaceExchange::tr("Check its permissions."));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Error::input(WorkspaceExchange::tr("The file is not a JSON object (%1 at byte %2)")
                                .arg(error.errorString())
                                .arg(error.offset),
                            path, WorkspaceExchange::tr("Fix the file, or export the workspace again."));
    }
    return document.object();
}

QString uniqueSlug(const QString &name, QSet<QString> &taken)
{
    const QString base = WorkspaceExchange::slug(name);
    QString candidate = base;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = base + QStringLiteral("-%1").arg(n);
    taken.insert(candidate);
    return candidate;
}

QByteArray pretty(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QStringList jsonFiles(const QString &dir)
{
    QStringList files;
    for (const QString &name : QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << QDir(dir).filePath(name);
    return files;
}

} // namespace

QString WorkspaceExchange::slug(const QString &name)
{
    QString out;
    for (const QChar c : name.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_'))
            out += c;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('-')) || out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    return out.isEmpty() ? QStringLiteral("unnamed") : out;
}

Result<ExchangeSummary> WorkspaceExchange::exportTo(Workspace &workspace, const QString &dir)
{
    ExchangeSummary summary;
    const QDir root(dir);

    auto environments = EnvironmentStore(workspace).list();
    if (!environments)
        return environments.error();
    QSet<QString> taken;
    for (const Environment &environment : environments.value()) {
        if (Status s = writeFile(root.filePath(QStringLiteral("environments/%1.json").arg(uniqueSlug(environment.name, taken))),
                                 pretty(EnvironmentJson::toJson(environment)));
            !s)
            return s.error();
        ++summary.environments;
    }

    EndpointStore endpoints(workspace);
    auto list = endpoints.list();
    if (!list)
        return list.error();
    taken.clear();
    for (const Endpoint &endpoint : list.value()) {
        const QString folder = QStringLiteral("endpoints/") + uniqueSlug(endpoint.name, taken);
        if (Status s = writeFile(root.filePath(folder + QStringLiteral("/endpoint.json")), pretty(EndpointJson::toJson(endpoint))); !s)
            return s.error();
        ++summary.endpoints;
        auto entities = endpoints.entities(endpoint.name);
        if (!entities)
            return entities.error();
        QSet<QString> entityNames;
        for (const Entity &entity : entities.value()) {
            if (Status s = writeFile(root.filePath(folder + QStringLiteral("/entities/%1.json").arg(uniqueSlug(entity.name, entityNames))),
                                     pretty(EntityJson::toJson(entity)));
                !s)
                return s.error();
            ++summary.entities;
        }
    }

    auto mappings = mapping::MappingStore(workspace).list();
    if (!mappings)
        return mappings.error();
    taken.clear();
    for (const mapping::StoredMapping &stored : mappings.value()) {
        if (Status s = writeFile(root.filePath(QStringLiteral("mappings/%1.json").arg(uniqueSlug(stored.mapping.name, taken))),
                                 mapping::MappingFile::toJson(stored.mapping));
            !s)
            return s.error();
        ++summary.mappings;
    }
    return summary;
}

Result<ExchangeSummary> WorkspaceExchange::importFrom(Workspace &workspace, const QString &dir)
{
    const QDir root(dir);
    if (!root.exists()) {
        return Error::notFound(tr("There is no folder here"), QDir::toNativeSeparators(dir),
                               tr("Give the folder a 'workspace export' wrote."));
    }
    ExchangeSummary summary;
    const Status status = workspace.transaction([&](QSqlDatabase &) -> Status {
        EnvironmentStore environments(workspace);
        for (const QString &path : jsonFiles(root.filePath(QStringLiteral("environments")))) {
            auto json = readObject(path);
            if (!json)
                return json.error();
            auto environment = EnvironmentJson::fromJson(json.value(), path);
            if (!environment)
                return environment.error();
            if (auto existing = environments.find(environment->name))
                environment->id = existing->id;
            if (auto saved = environments.save(environment.value()); !saved)
                return saved.error();
            ++summary.environments;
        }

        EndpointStore endpoints(workspace);
        const QDir endpointRoot(root.filePath(QStringLiteral("endpoints")));
        for (const QString &folder : endpointRoot.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString path = endpointRoot.filePath(folder + QStringLiteral("/endpoint.json"));
            auto json = readObject(path);
            if (!json)
                return json.error();
            auto endpoint = EndpointJson::fromJson(json.value(), path);
            if (!endpoint)
                return endpoint.error();
            if (auto existing = endpoints.find(endpoint->name))
                endpoint->id = existing->id;
            auto saved = endpoints.save(endpoint.value());
            if (!saved)
                return saved.error();
            ++summary.endpoints;
            for (const QString &entityPath : jsonFiles(endpointRoot.filePath(folder + QStringLiteral("/entities")))) {
                auto entityJson = readObject(entityPath);
                if (!entityJson)
                    return entityJson.error();
                auto entity = EntityJson::fromJson(entityJson.value(), entityPath);
                if (!entity)
                    return entity.error();
                entity->endpointName = saved->name;
                if (auto existing = endpoints.findEntity(saved->name, entity->name))
                    entity->id = existing->id;
                if (auto stored = endpoints.saveEntity(entity.value()); !stored)
                    return stored.error();
                ++summary.entities;
            }
        }

        mapping::MappingStore mappings(workspace);
        for (const QString &path : jsonFiles(root.filePath(QStringLiteral("mappings")))) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error::io(tr("Cannot read the file: %1").arg(file.errorString()), path, tr("Check its permissions."));
            auto parsed = mapping::MappingFile::fromJson(file.readAll(), path);
            if (!parsed)
                return parsed.error();
            qint64 id = 0;
            if (auto existing = mappings.find(parsed->name))
                id = existing->id;
            if (auto saved = mappings.save(parsed.value(), id); !saved)
                return saved.error();
            ++summary.mappings;
        }
        return {};
    });
    if (!status)
        return status.error();
    return summary;
}

} // namespace crmbridge
