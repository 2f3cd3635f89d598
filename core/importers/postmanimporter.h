#pragma once

#include "core/common/result.h"
#include "core/importers/importresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace crmbridge {

/// Imports a Postman Collection v2.1 (v2.0 reads the same): the most common URL base (usually
/// {{baseUrl}}) becomes the endpoint's base URL; requests under it that form a collection
/// (list/get/create/update/delete by path) become entities, named after their folder when the
/// folder holds just that collection; every other request is kept as an ImportedRequest with its
/// folder path. Collection variables become an Environment; collection (or first request) auth
/// becomes the endpoint's AuthConfig. Guarantees: secrets (token/password/key values, variables
/// whose names say secret) never land in the endpoint, environment or requests — they are
/// returned in ImportResult::secrets under the keychain key that now refers to them.
class PostmanImporter
{
    Q_DECLARE_TR_FUNCTIONS(PostmanImporter)

public:
    static Result<ImportResult> import(const QByteArray &bytes, const QString &where);
    static Result<ImportResult> importFile(const QString &path);
};

} // namespace crmbridge
