#pragma once

#include "core/common/result.h"
#include "core/importers/importresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace crmbridge {

/// Imports an OpenAPI 3.0 or 3.1 document (JSON or YAML) as an endpoint with entities:
/// servers → base URL (server variables → {{var}} with their defaults in the environment),
/// securitySchemes → auth kind (never a secret), paths grouped into entities by collection path
/// (list/get/create/update/remove/batch operations), records path and pagination guessed from
/// the list operation's parameters and response schema, and each entity's schema as a field tree
/// (FieldTreeJson, the format schema discovery writes). What was guessed is said in warnings.
/// Guarantees: never touches the workspace; local $refs only (an external one is a warning);
/// recursive schemas stop at a fixed depth.
class OpenApiImporter
{
    Q_DECLARE_TR_FUNCTIONS(OpenApiImporter)

public:
    /// `where` names the source (a file or URL) in errors and warnings.
    static Result<ImportResult> import(const QByteArray &bytes, const QString &where);
    static Result<ImportResult> importFile(const QString &path);
    static Result<ImportResult> fromDocument(const QJsonObject &document, const QString &where);
};

} // namespace crmbridge
