#pragma once

#include "core/common/result.h"
#include "core/endpoints/entity.h"
#include "core/net/httpmessage.h"

#include <QCoreApplication>

namespace crmbridge {

/// Which operation of an entity a request performs.
enum class EntityOperationKind { List, Get, Create, Update, Delete, BatchCreate, BatchUpdate };

/// Builds the HttpRequest for one operation of an entity: its method and path, "{id}" replaced by
/// the percent-encoded record id, a JSON body with its content type, and a context for errors.
/// Guarantees: an operation the entity does not define, or a missing id where the path needs one,
/// is an error naming the entity — never a request to a half-filled path.
class EntityRequest
{
    Q_DECLARE_TR_FUNCTIONS(EntityRequest)

public:
    static Result<HttpRequest> build(const Entity &entity, EntityOperationKind kind, const QString &id = {},
                                     const QByteArray &jsonBody = {});
    static const EntityOperation &operation(const Entity &entity, EntityOperationKind kind);
    static QString name(EntityOperationKind kind);
};

} // namespace crmbridge
