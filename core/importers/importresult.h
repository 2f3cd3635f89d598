#pragma once

#include "core/endpoints/endpoint.h"
#include "core/endpoints/entity.h"
#include "core/endpoints/environment.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace crmbridge {

/// One request an importer found that does not belong to an entity (a Postman request, a
/// cURL command): ready to be sent by the network client, with {{var}} references left as-is.
struct ImportedRequest
{
    QString name;
    QString folder; ///< Postman folder path ("Contacts/Batch"), empty at the top
    QString method;
    QString url;    ///< absolute or relative to the endpoint's base URL; may hold {{var}}
    QList<HeaderValue> headers;
    QByteArray body;
    QString description;
    friend bool operator==(const ImportedRequest &, const ImportedRequest &) = default;
};

/// What an importer produced. Importing never writes the workspace: the caller shows this to the
/// user and saves what she keeps through EndpointStore / EnvironmentStore. Secrets are never in
/// here — auth carries a SecretRef the caller fills after asking the user (or the keychain).
struct ImportResult
{
    Endpoint endpoint;
    QList<Entity> entities;
    Environment environment;         ///< variables the document defines (server variables, Postman variables)
    QList<ImportedRequest> requests; ///< requests that did not group into an entity
    QStringList warnings;            ///< translated; what was guessed or left out, and where
    /// Secret values the source held in clear (a Postman token variable), by the keychain key
    /// the endpoint or environment now refers to. The caller moves them to the keychain; they
    /// must never be saved in the workspace.
    QHash<QString, QString> secrets;

    /// The entity with this name, or nullptr.
    const Entity *entity(const QString &name) const
    {
        for (const Entity &e : entities) {
            if (e.name == name)
                return &e;
        }
        return nullptr;
    }
};

} // namespace crmbridge
