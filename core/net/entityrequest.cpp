#include "core/net/entityrequest.h"

#include <QUrl>

namespace crmbridge {

const EntityOperation &EntityRequest::operation(const Entity &entity, EntityOperationKind kind)
{
    switch (kind) {
    case EntityOperationKind::List:
        return entity.list;
    case EntityOperationKind::Get:
        return entity.get;
    case EntityOperationKind::Create:
        return entity.create;
    case EntityOperationKind::Update:
        return entity.update;
    case EntityOperationKind::Delete:
        return entity.remove;
    case EntityOperationKind::BatchCreate:
        return entity.batchCreate;
    case EntityOperationKind::BatchUpdate:
        return entity.batchUpdate;
    }
    return entity.list;
}

QString EntityRequest::name(EntityOperationKind kind)
{
    switch (kind) {
    case EntityOperationKind::List:
        return QStringLiteral("list");
    case EntityOperationKind::Get:
        return QStringLiteral("get");
    case EntityOperationKind::Create:
        return QStringLiteral("create");
    case EntityOperationKind::Update:
        return QStringLiteral("update");
    case EntityOperationKind::Delete:
        return QStringLiteral("delete");
    case EntityOperationKind::BatchCreate:
        return QStringLiteral("batchCreate");
    case EntityOperationKind::BatchUpdate:
        return QStringLiteral("batchUpdate");
    }
    return {};
}

Result<HttpRequest> EntityRequest::build(const Entity &entity, EntityOperationKind kind, const QString &id,
                                         const QByteArray &jsonBody)
{
    const EntityOperation &op = operation(entity, kind);
    const QString where = tr("entity \"%1\" of endpoint \"%2\"").arg(entity.name, entity.endpointName);
    if (!op.isSet()) {
        return Error::config(tr("The entity has no %1 operation").arg(name(kind)), where,
                             tr("Set its method and path in the Endpoints page."));
    }
    HttpRequest request;
    request.method = op.method.isEmpty() ? QByteArray("GET") : op.method.toUpper().toLatin1();
    request.path = op.path;
    if (request.path.contains(QStringLiteral("{id}"))) {
        if (id.isEmpty()) {
            return Error::usage(tr("The %1 operation of %2 needs a record id").arg(name(kind), where),
                                tr("Give the id of the record."));
        }
        request.path.replace(QStringLiteral("{id}"), QString::fromLatin1(QUrl::toPercentEncoding(id)));
    }
    if (!jsonBody.isEmpty()) {
        request.body = jsonBody;
        request.contentType = QStringLiteral("application/json");
        request.expandBody = false; // record data is data, not a template
    }
    request.headers.append({QStringLiteral("Accept"), QStringLiteral("application/json")});
    request.context = id.isEmpty() ? tr("entity \"%1\", %2").arg(entity.name, name(kind))
                                   : tr("entity \"%1\", %2 of record %3").arg(entity.name, name(kind), id);
    return request;
}

} // namespace crmbridge
