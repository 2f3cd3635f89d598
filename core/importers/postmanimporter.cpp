#include "core/importers/postmanimporter.h"

#include "core/discovery/schemadiscovery.h"
#include "core/importers/entitygrouper.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace crmbridge {

namespace {

bool looksSecret(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("token|secret|password|passwd|api[-_]?key|apikey"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

/// "{{name}}" exactly → name; anything else → "".
QString wholeVariable(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\{\\{\\s*([^{}\\s]+)\\s*\\}\\}$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

QString authValue(const QJsonObject &auth, const QString &type, const char *key)
{
    const QJsonValue list = auth.value(type);
    if (list.isArray()) {
        for (const QJsonValue &entry : list.toArray()) {
            if (entry.toObject().value(QStringLiteral("key")).toString() == QLatin1String(key))
                return entry.toObject().value(QStringLiteral("value")).toVariant().toString();
        }
    } else if (list.isObject()) { // v2.0 wrote auth parameters as an object
        return list.toObject().value(QLatin1String(key)).toVariant().toString();
    }
    return {};
}

/// The dotted path of the first key named `leaf` in an example answer (not inside arrays).
QString findKey(const QJsonObject &object, const QString &leaf, const QString &prefix = {}, int depth = 0)
{
    if (depth > 4)
        return {};
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.key() == leaf && !it.value().isObject() && !it.value().isArray())
            return path;
        if (it.value().isObject()) {
            const QString inner = findKey(it.value().toObject(), leaf, path, depth + 1);
            if (!inner.isEmpty())
                return inner;
        }
    }
    return {};
}

struct Request
{
    ImportedRequest request;
    QString base;  ///< "{{baseUrl}}" or "https://host"
    QString path;  ///< after the base, without the query
    QString query;
    QJsonArray responses;
};

} // namespace

class PostmanBuilder
{
public:
    PostmanBuilder(QJsonObject root, QString where) : m_root(std::move(root)), m_where(std::move(where)) { }
    Result<ImportResult> build();

private:
    void walk(const QJsonArray &items, const QString &folder);
    void readRequest(const QJsonObject &item, const QString &folder);
    void readAuth(const QJsonObject &auth);
    /// The keychain key for a secret `field`, remembering `value` (literal or {{var}}) for the caller.
    QString keepSecret(const QString &field, const QString &value);
    void fillFromExamples(Entity &entity, const Request &request);
    static void guessPagination(Entity &entity, const Request &list);

    QJsonObject m_root;
    QString m_where;
    ImportResult m_result;
    QList<Request> m_requests;
    QJsonObject m_firstRequestAuth;
};

QString PostmanBuilder::keepSecret(const QString &field, const QString &value)
{
    const QString key = Endpoint::secretKey(m_result.endpoint.name, field);
    const QString var = wholeVariable(value);
    if (var.isEmpty()) {
        if (!value.isEmpty())
            m_result.secrets.insert(key, value);
        return key;
    }
    // The auth refers to a variable: that variable becomes the secret, by the same key.
    for (EnvironmentVariable &v : m_result.environment.variables) {
        if (v.name == var) {
            if (!v.isSecret()) {
                if (!v.value.isEmpty())
                    m_result.secrets.insert(key, v.value);
                v.value.clear();
                v.secret.key = key;
            }
            return v.secret.key;
        }
    }
    return key;
}

void PostmanBuilder::readAuth(const QJsonObject &auth)
{
    const QString type = auth.value(QStringLiteral("type")).toString();
    AuthConfig &a = m_result.endpoint.auth;
    if (type == QLatin1String("bearer")) {
        a.kind = AuthKind::Bearer;
        a.secret.key = keepSecret(QStringLiteral("token"), authValue(auth, type, "token"));
    } else if (type == QLatin1String("basic")) {
        a.kind = AuthKind::Basic;
        a.username = authValue(auth, type, "username");
        a.secret.key = keepSecret(QStringLiteral("password"), authValue(auth, type, "password"));
    } else if (type == QLatin1String("apikey")) {
        a.kind = authValue(auth, type, "in") == QLatin1String("query") ? AuthKind::ApiKeyQuery : AuthKind::ApiKeyHeader;
        a.keyName = authValue(auth, type, "key");
        a.secret.key = keepSecret(QStringLiteral("apiKey"), authValue(auth, type, "value"));
    } else if (type == QLatin1String("oauth2")) {
        if (authValue(auth, type, "grant_type") == QLatin1String("client_credentials")) {
            a.kind = AuthKind::OAuth2ClientCredentials;
            a.tokenUrl = authValue(auth, type, "accessTokenUrl");
            a.clientId = authValue(auth, type, "clientId");
            a.scope = authValue(auth, type, "scope");
            a.secret.key = keepSecret(QStringLiteral("clientSecret"), authValue(auth, type, "clientSecret"));
        } else {
            a.kind = AuthKind::Bearer;
            a.secret.key = keepSecret(QStringLiteral("token"), authValue(auth, type, "accessToken"));
            m_result.warnings.append(PostmanImporter::tr("OAuth 2.0 with a browser sign-in became a Bearer token: paste an access token."));
        }
    } else if (!type.isEmpty() && type != QLatin1String("noauth")) {
        m_result.warnings.append(PostmanImporter::tr("The auth type \"%1\" is not supported; set the endpoint's auth by hand.").arg(type));
    }
}

void PostmanBuilder::walk(const QJsonArray &items, const QString &folder)
{
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString name = item.value(QStringLiteral("name")).toString();
        if (item.contains(QStringLiteral("item"))) {
            walk(item.value(QStringLiteral("item")).toArray(), folder.isEmpty() ? name : folder + QLatin1Char('/') + name);
            if (m_firstRequestAuth.isEmpty() && item.value(QStringLiteral("auth")).isObject())
                m_firstRequestAuth = item.value(QStringLiteral("auth")).toObject();
        } else if (item.contains(QStringLiteral("request"))) {
            readRequest(item, folder);
        }
    }
}

void PostmanBuilder::readRequest(const QJsonObject &item, const QString &folder)
{
    Request r;
    ImportedRequest &req = r.request;
    req.name = item.value(QStringLiteral("name")).toString();
    req.folder = folder;
    const QJsonValue requestValue = item.value(QStringLiteral("request"));
    QJsonObject request = requestValue.toObject();
    if (requestValue.isString()) // v2 allows a bare URL
        request.insert(QStringLiteral("url"), requestValue);
    req.method = request.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toUpper();
    const QJsonValue description = request.value(QStringLiteral("description"));
    req.description = description.isObject() ? description.toObject().value(QStringLiteral("content")).toString() : description.toString();
    if (m_firstRequestAuth.isEmpty() && request.value(QStringLiteral("auth")).isObject())
        m_firstRequestAuth = request.value(QStringLiteral("auth")).toObject();

    const QJsonValue url = request.value(QStringLiteral("url"));
    QString raw = url.isObject() ? url.toObject().value(QStringLiteral("raw")).toString() : url.toString();
    if (raw.isEmpty() && url.isObject()) {
        const QJsonObject u = url.toObject();
        QStringList host, path;
        for (const QJsonValue &h : u.value(QStringLiteral("host")).toArray())
            host << h.toString();
        for (const QJsonValue &p : u.value(QStringLiteral("path")).toArray())
            path << p.toString();
        raw = host.join(QLatin1Char('.')) + QLatin1Char('/') + path.join(QLatin1Char('/'));
        if (u.contains(QStringLiteral("protocol")))
            raw.prepend(u.value(QStringLiteral("protocol")).toString() + QStringLiteral("://"));
        QStringList query;
        for (const QJsonValue &p : u.value(QStringLiteral("query")).toArray()) {
            if (!p.toObject().value(QStringLiteral("disabled")).toBool())
                query << p.toObject().value(QStringLiteral("key")).toString() + QLatin1Char('=') + p.toObject().value(QStringLiteral("value")).toString();
        }
        if (!query.isEmpty())
            raw += QLatin1Char('?') + query.join(QLatin1Char('&'));
    }
    req.url = raw;
    const qsizetype q = raw.indexOf(QLatin1Char('?'));
    const QString noQuery = q < 0 ? raw : raw.left(q);
    r.query = q < 0 ? QString() : raw.mid(q + 1);
    if (noQuery.startsWith(QStringLiteral("{{"))) {
        const qsizetype end = noQuery.indexOf(QStringLiteral("}}"));
        r.base = noQuery.left(end + 2);
        r.path = noQuery.mid(end + 2);
    } else {
        const QUrl parsed(noQuery.contains(QStringLiteral("://")) ? noQuery : QStringLiteral("https://") + noQuery);
        r.base = parsed.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
        r.path = parsed.path(QUrl::FullyDecoded);
    }
    if (!r.path.startsWith(QLatin1Char('/')))
        r.path.prepend(QLatin1Char('/'));

    for (const QJsonValue &h : request.value(QStringLiteral("header")).toArray()) {
        const QJsonObject header = h.toObject();
        if (header.value(QStringLiteral("disabled")).toBool())
            continue;
        const QString name = header.value(QStringLiteral("key")).toString();
        const QString value = header.value(QStringLiteral("value")).toString();
        if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0 || looksSecret(name)) {
            if (wholeVariable(value).isEmpty() && !value.contains(QStringLiteral("{{")))
                m_result.warnings.append(PostmanImporter::tr("The request \"%1\" carried a secret in its %2 header; it was left out — "
                                                             "set the endpoint's auth instead.").arg(req.name, name));
            continue;
        }
        req.headers.append({name, value});
    }
    const QJsonObject body = request.value(QStringLiteral("body")).toObject();
    const QString mode = body.value(QStringLiteral("mode")).toString();
    if (mode == QLatin1String("raw")) {
        req.body = body.value(QStringLiteral("raw")).toString().toUtf8();
    } else if (mode == QLatin1String("urlencoded")) {
        QUrlQuery form;
        for (const QJsonValue &f : body.value(QStringLiteral("urlencoded")).toArray()) {
            if (!f.toObject().value(QStringLiteral("disabled")).toBool())
                form.addQueryItem(f.toObject().value(QStringLiteral("key")).toString(), f.toObject().value(QStringLiteral("value")).toString());
        }
        req.body = form.toString(QUrl::FullyEncoded).toUtf8();
    } else if (mode == QLatin1String("graphql")) {
        const QJsonObject g = body.value(QStringLiteral("graphql")).toObject();
        req.body = QJsonDocument(QJsonObject{{QStringLiteral("query"), g.value(QStringLiteral("query"))},
                                             {QStringLiteral("variables"), QJsonDocument::fromJson(g.value(QStringLiteral("variables")).toString().toUtf8()).object()}})
                       .toJson(QJsonDocument::Compact);
    } else if (!mode.isEmpty() && mode != QLatin1String("none")) {
        m_result.warnings.append(PostmanImporter::tr("The request \"%1\" has a %2 body, which is not imported.").arg(req.name, mode));
    }
    r.responses = item.value(QStringLiteral("response")).toArray();
    m_requests.append(r);
}

void PostmanBuilder::fillFromExamples(Entity &entity, const Request &request)
{
    // A saved example answer shows where the records sit and what they look like.
    for (const QJsonValue &response : request.responses) {
        const QJsonDocument doc = QJsonDocument::fromJson(response.toObject().value(QStringLiteral("body")).toString().toUtf8());
        QJsonArray records;
        if (doc.isArray()) {
            records = doc.array();
        } else if (doc.isObject()) {
            const QJsonObject o = doc.object();
            for (const char *key : {"results", "data", "items", "records", "value"}) {
                if (o.value(QLatin1String(key)).isArray()) {
                    entity.recordsPath = QLatin1String(key);
                    break;
                }
            }
            for (auto it = o.begin(); entity.recordsPath.isEmpty() && it != o.end(); ++it) {
                if (it.value().isArray() && !it.value().toArray().isEmpty() && it.value().toArray().first().isObject())
                    entity.recordsPath = it.key();
            }
            records = o.value(entity.recordsPath).toArray();
        }
        QList<QJsonObject> samples;
        for (const QJsonValue &record : std::as_const(records)) {
            if (record.isObject())
                samples.append(record.toObject());
        }
        if (!samples.isEmpty()) {
            entity.schema = FieldTreeJson::toJson(SchemaDiscovery::discover(samples));
            return;
        }
    }
}

void PostmanBuilder::guessPagination(Entity &entity, const Request &list)
{
    const QUrlQuery query(list.query);
    Pagination &p = entity.pagination;
    for (const char *size : {"limit", "per_page", "page_size", "page[size]", "count"}) {
        if (query.hasQueryItem(QLatin1String(size))) {
            p.pageSizeParam = QLatin1String(size);
            break;
        }
    }
    QJsonObject example;
    for (const QJsonValue &response : list.responses) {
        example = QJsonDocument::fromJson(response.toObject().value(QStringLiteral("body")).toString().toUtf8()).object();
        if (!example.isEmpty())
            break;
    }
    // A cursor parameter and, in the example answer, the field that feeds it.
    for (const char *cursor : {"after", "cursor", "starting_after", "page[after]", "page[cursor]"}) {
        const QString param = QLatin1String(cursor);
        if (!query.hasQueryItem(param))
            continue;
        QString leaf = param.startsWith(QStringLiteral("page[")) ? param.mid(5).chopped(1) : param;
        QString path = findKey(example, leaf);
        if (path.isEmpty())
            path = findKey(example, leaf + QStringLiteral("_cursor"));
        if (!path.isEmpty()) {
            p.style = PaginationStyle::CursorBody;
            p.cursorParam = param;
            p.cursorPath = path;
            p.hasMorePath = findKey(example, QStringLiteral("has_more"));
            return;
        }
        const QString next = findKey(example, QStringLiteral("next"));
        if (!next.isEmpty()) {
            p.style = PaginationStyle::NextUrlBody;
            p.nextUrlPath = next;
            return;
        }
    }
    if (query.hasQueryItem(QStringLiteral("page")) || query.hasQueryItem(QStringLiteral("per_page"))) {
        p.style = PaginationStyle::PageNumber;
    } else if (query.hasQueryItem(QStringLiteral("offset"))) {
        p.style = PaginationStyle::OffsetCount;
        p.totalPath = findKey(example, QStringLiteral("total_items"));
    }
}

Result<ImportResult> PostmanBuilder::build()
{
    const QJsonObject info = m_root.value(QStringLiteral("info")).toObject();
    const QString schema = info.value(QStringLiteral("schema")).toString();
    if (!m_root.contains(QStringLiteral("item")) || (!schema.isEmpty() && !schema.contains(QLatin1String("collection/v2"))))
        return Error::input(PostmanImporter::tr("This is not a Postman Collection v2.0/v2.1"), m_where,
                            PostmanImporter::tr("In Postman, export the collection as \"Collection v2.1\" and import that file."));
    Endpoint &e = m_result.endpoint;
    e.name = info.value(QStringLiteral("name")).toString().trimmed();
    if (e.name.isEmpty())
        e.name = PostmanImporter::tr("Imported collection");
    const QJsonValue description = info.value(QStringLiteral("description"));
    e.description = (description.isObject() ? description.toObject().value(QStringLiteral("content")).toString() : description.toString())
                        .section(QLatin1Char('\n'), 0, 0);

    m_result.environment.name = e.name;
    for (const QJsonValue &v : m_root.value(QStringLiteral("variable")).toArray()) {
        const QJsonObject var = v.toObject();
        if (var.value(QStringLiteral("disabled")).toBool())
            continue;
        EnvironmentVariable ev;
        ev.name = var.value(QStringLiteral("key")).toString();
        const QString value = var.value(QStringLiteral("value")).toVariant().toString();
        if (looksSecret(ev.name) || var.value(QStringLiteral("type")).toString() == QLatin1String("secret")) {
            ev.secret.key = Endpoint::secretKey(e.name, ev.name);
            if (!value.isEmpty())
                m_result.secrets.insert(ev.secret.key, value);
        } else {
            ev.value = value;
        }
        m_result.environment.variables.append(ev);
    }

    walk(m_root.value(QStringLiteral("item")).toArray(), QString());
    readAuth(m_root.value(QStringLiteral("auth")).isObject() ? m_root.value(QStringLiteral("auth")).toObject() : m_firstRequestAuth);

    // The base most requests share becomes the endpoint's base URL.
    QHash<QString, int> votes;
    QString base;
    for (const Request &r : std::as_const(m_requests)) {
        if (++votes[r.base] > votes.value(base))
            base = r.base;
    }
    e.baseUrl = base;

    EntityGrouper grouper;
    for (int i = 0; i < m_requests.size(); ++i) {
        if (m_requests.at(i).base == base)
            grouper.add({m_requests.at(i).request.method, m_requests.at(i).path, i});
    }
    QList<EntityGrouper::Group> groups;
    QSet<int> used;
    const QList<EntityGrouper::Group> all = grouper.groups();
    for (const EntityGrouper::Group &g : all) {
        if (!g.hasItemRoutes() && !(g.listTag >= 0 && g.createTag >= 0))
            continue; // /health, /search: single requests, not a collection
        groups.append(g);
    }
    EntityGrouper::assignNames(groups);
    QSet<QString> names;
    for (EntityGrouper::Group &g : groups) {
        const QList<int> tags{g.listTag, g.getTag, g.createTag, g.updateTag, g.removeTag, g.batchCreateTag, g.batchUpdateTag};
        QSet<QString> folders;
        for (int t : tags) {
            if (t >= 0) {
                used.insert(t);
                folders.insert(m_requests.at(t).request.folder);
            }
        }
        // A folder that holds just this collection names it ("Contacts" → contacts).
        if (folders.size() == 1 && !folders.cbegin()->isEmpty()) {
            const QString folderName = folders.cbegin()->section(QLatin1Char('/'), -1).toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
            bool onlyThis = true;
            for (int i = 0; i < m_requests.size(); ++i)
                onlyThis = onlyThis && (m_requests.at(i).request.folder != *folders.cbegin() || tags.contains(i));
            if (onlyThis && !names.contains(folderName))
                g.entity.name = folderName;
        }
        names.insert(g.entity.name);
        g.entity.endpointName = e.name;
        if (g.listTag >= 0) {
            guessPagination(g.entity, m_requests.at(g.listTag));
            fillFromExamples(g.entity, m_requests.at(g.listTag));
        }
        for (const QString &var : std::as_const(g.variables)) {
            if (!m_result.environment.variable(var))
                m_result.environment.variables.append({var, QString(), {}});
        }
        m_result.entities.append(g.entity);
    }
    for (int i = 0; i < m_requests.size(); ++i) {
        if (!used.contains(i))
            m_result.requests.append(m_requests.at(i).request);
    }
    if (!m_result.entities.isEmpty())
        m_result.warnings.append(PostmanImporter::tr("Postman collections do not say how lists page; the pagination was guessed "
                                                     "from the list requests' parameters and example answers — check it."));
    return m_result;
}

Result<ImportResult> PostmanImporter::import(const QByteArray &bytes, const QString &where)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(error.offset).count('\n')) + 1;
        return Error::input(tr("The collection is not valid JSON: %1").arg(error.errorString()), tr("%1, line %2").arg(where).arg(line),
                            tr("Export the collection again from Postman (Collection v2.1)."));
    }
    PostmanBuilder builder(doc.object(), where);
    return builder.build();
}

Result<ImportResult> PostmanImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read the Postman collection: %1").arg(file.errorString()), path,
                         tr("Check that the file exists and that you may read it."));
    return import(file.readAll(), path);
}

} // namespace crmbridge
