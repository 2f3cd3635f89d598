#pragma once

#include "core/common/result.h"
#include "core/endpoints/endpoint.h"
#include "core/importers/importresult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace crmbridge {

/// A pasted cURL command as a request. The secret it carried (a Bearer token, a Basic
/// password, an API key) is taken out of the headers and the URL and handed back separately in
/// `secret`, so the caller puts it in the keychain: nothing in `request` or `auth` holds it.
struct CurlImport
{
    ImportedRequest request;
    AuthConfig auth;   ///< kind, username / keyName; secret reference left for the caller
    QString secret;    ///< the token, password or key found; empty if none. Never store it in clear.
    bool insecure = false; ///< -k / --insecure was given
    QStringList notes; ///< translated: options ignored or not supported, and why
};

/// Parses a cURL command line the way a POSIX shell splits it: single and double quotes,
/// $'…' (what browsers' "Copy as cURL" writes), backslash escapes and backslash-newline
/// continuations. Understands -X, -H, -d/--data/--data-raw/--data-binary/--data-urlencode,
/// --json, -u, --url, -G, -A, -e, -b, --oauth2-bearer; --compressed and output options are
/// ignored with a note. Errors say which word or column is wrong.
class CurlImporter
{
    Q_DECLARE_TR_FUNCTIONS(CurlImporter)

public:
    static Result<CurlImport> parse(const QString &command);
    /// The shell words of a command line (exposed for tests and for other pasted commands).
    static Result<QStringList> splitWords(const QString &command);
};

} // namespace crmbridge
