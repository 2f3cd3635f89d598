#include "core/importers/openapiimporter.h"

#include "core/discovery/fieldtree.h"
#include "core/endpoints/ratelimitpresets.h"
#include "core/importers/entitygrouper.h"
#include "core/importers/openapipagination.h"
#include "core/importers/openapischema.h"
#include "core/importers/yamljson.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QUrl>

namespace crmbridge {

namespace {

struct Operation
{
    QString method;
    QString path;
    QJsonObject object;
    QJsonArray pathParameters;
};

const char *const kMethods[] = {"get", "post", "put", "patch", "delete"};

bool containsAny(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *w : words) {
        if (text.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

EndpointKind guessKind(const QString &title, const QString &host)
{
    const QString text = title + QLatin1Char(' ') + host;
    if (containsAny(text, {"zendesk", "helpdesk", "support", "intercom", "freshdesk", "ticket"}))
        return EndpointKind::Helpdesk;
    if (containsAny(text, {"klaviyo", "mailchimp", "marketing", "campaign", "newsletter"}))
        return EndpointKind::Marketing;
    if (containsAny(text, {"erp", "order", "invoice", "inventory"}))
        return EndpointKind::Erp;
    return EndpointKind::Crm;
}

QString guessPreset(const QString &host)
{
    if (host.contains(QLatin1String("hubapi.com")) || host.contains(QLatin1String("hubspot")))
        return QStringLiteral("hubspot-100-10s");
    if (host.contains(QLatin1String("zendesk")))
        return QStringLiteral("zendesk-team");
    if (host.contains(QLatin1String("klaviyo")))
        return QStringLiteral("klaviyo-m");
    if (host.contains(QLatin1String("intercom")))
        return QStringLiteral("intercom");
    if (host.contains(QLatin1String("mailchimp")) || host.contains(QLatin1String("api.mailchimp")))
        return QStringLiteral("mailchimp");
    return {};
}

} // namespace

class OpenApiBuilder
{
public:
    OpenApiBuilder(const QJsonObject &document, QString where) : m_reader(document), m_where(std::move(where)) { }
    Result<ImportResult> build();

private:
    void readEndpoint();
    void readAuth();
    QJsonValue responseSchema(const QJsonObject &operation) const;
    QList<OpenApiPaginationGuess::Parameter> parameters(const Operation &op) const;
    QString recordsPath(const QJsonValue &schema, const QString &entityName, QJsonValue *items) const;
    QJsonValue unwrapSingle(const QJsonValue &schema) const;
    void warn(const QString &text) { m_result.warnings.append(text); }

    OpenApiSchemaReader m_reader;
    QString m_where;
    ImportResult m_result;
    QList<Operation> m_operations;
};

void OpenApiBuilder::readEndpoint()
{
    const QJsonObject &root = m_reader.root();
    const QJsonObject info = root.value(QStringLiteral("info")).toObject();
    Endpoint &e = m_result.endpoint;
    e.name = info.value(QStringLiteral("title")).toString().trimmed();
    if (e.name.isEmpty())
        e.name = QFileInfo(m_where).completeBaseName();
    e.description = info.value(QStringLiteral("summary")).toString();
    if (e.description.isEmpty())
        e.description = info.value(QStringLiteral("description")).toString().section(QLatin1Char('\n'), 0, 0).left(300);
    e.protocol = Protocol::RestJson;

    const QJsonArray servers = root.value(QStringLiteral("servers")).toArray();
    if (servers.isEmpty()) {
        warn(OpenApiImporter::tr("%1 names no server; set the endpoint's base URL by hand.").arg(m_where));
    } else {
        const QJsonObject server = servers.first().toObject();
        QString url = server.value(QStringLiteral("url")).toString();
        // Server variables ({subdomain}) become environment variables with their defaults.
        m_result.environment.name = OpenApiImporter::tr("Imported");
        const QJsonObject variables = server.value(QStringLiteral("variables")).toObject();
        for (auto it = variables.begin(); it != variables.end(); ++it) {
            url.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), QStringLiteral("{{") + it.key() + QStringLiteral("}}"));
            m_result.environment.variables.append(
                {it.key(), it.value().toObject().value(QStringLiteral("default")).toString(), {}});
        }
        while (url.endsWith(QLatin1Char('/')))
            url.chop(1);
        e.baseUrl = url;
        if (url.startsWith(QLatin1Char('/')) || url.isEmpty())
            warn(OpenApiImporter::tr("The server URL \"%1\" is relative; put the host in front of it in the base URL.").arg(url));
        if (servers.size() > 1)
            warn(OpenApiImporter::tr("The document lists %1 servers; the first (%2) became the base URL.")
                     .arg(servers.size()).arg(e.baseUrl));
    }
    QString plain = e.baseUrl;
    plain.remove(QStringLiteral("{{")).remove(QStringLiteral("}}"));
    const QString host = QUrl(plain).host();
    e.kind = guessKind(e.name, host + e.baseUrl);
    // Zendesk's host is https://{subdomain}.{domain}.com: match the preset on the defaults.
    QString withDefaults = e.baseUrl;
    for (const EnvironmentVariable &v : std::as_const(m_result.environment.variables))
        withDefaults.replace(QStringLiteral("{{") + v.name + QStringLiteral("}}"), v.value);
    const QString preset = guessPreset(withDefaults);
    if (!preset.isEmpty()) {
        if (auto p = RateLimitPresets::find(preset))
            e.rateLimit = p->policy;
    }
}

void OpenApiBuilder::readAuth()
{
    const QJsonObject &root = m_reader.root();
    const QJsonObject schemes = root.value(QStringLiteral("components")).toObject().value(QStringLiteral("securitySchemes")).toObject();
    if (schemes.isEmpty())
        return;
    // The document's own default (root "security") wins; otherwise the strongest scheme.
    QStringList order;
    for (const QJsonValue &requirement : root.value(QStringLiteral("security")).toArray()) {
        const QStringList keys = requirement.toObject().keys();
        for (const QString &k : keys)
            order.append(k);
    }
    const auto rank = [](const QJsonObject &s) {
        const QString type = s.value(QStringLiteral("type")).toString();
        const QString scheme = s.value(QStringLiteral("scheme")).toString().toLower();
        if (type == QLatin1String("http") && scheme == QLatin1String("bearer"))
            return 0;
        if (type == QLatin1String("oauth2") || type == QLatin1String("openIdConnect"))
            return 1;
        if (type == QLatin1String("http") && scheme == QLatin1String("basic"))
            return 2;
        if (type == QLatin1String("apiKey") && s.value(QStringLiteral("in")).toString() == QLatin1String("header"))
            return 3;
        if (type == QLatin1String("apiKey"))
            return 4;
        return 9;
    };
    QStringList byRank = schemes.keys();
    std::stable_sort(byRank.begin(), byRank.end(), [&](const QString &a, const QString &b) {
        return rank(m_reader.resolveObject(schemes.value(a))) < rank(m_reader.resolveObject(schemes.value(b)));
    });
    for (const QString &k : std::as_const(byRank)) {
        if (!order.contains(k))
            order.append(k);
    }
    AuthConfig &auth = m_result.endpoint.auth;
    const QString chosen = order.first();
    const QJsonObject s = m_reader.resolveObject(schemes.value(chosen));
    const QString type = s.value(QStringLiteral("type")).toString();
    const QString scheme = s.value(QStringLiteral("scheme")).toString().toLower();
    const QString secretField = QStringLiteral("secret");
    auth.secret.key = Endpoint::secretKey(m_result.endpoint.name, secretField);
    if (type == QLatin1String("http") && scheme == QLatin1String("basic")) {
        auth.kind = AuthKind::Basic;
    } else if (type == QLatin1String("http")) {
        auth.kind = AuthKind::Bearer;
        if (scheme != QLatin1String("bearer"))
            warn(OpenApiImporter::tr("The HTTP auth scheme \"%1\" is sent as a Bearer token.").arg(scheme));
    } else if (type == QLatin1String("apiKey")) {
        const QString in = s.value(QStringLiteral("in")).toString();
        auth.kind = in == QLatin1String("query") ? AuthKind::ApiKeyQuery : AuthKind::ApiKeyHeader;
        auth.keyName = s.value(QStringLiteral("name")).toString();
        if (in == QLatin1String("cookie"))
            warn(OpenApiImporter::tr("The API key travels in a cookie (%1); CRM Bridge sends it as a header instead.").arg(auth.keyName));
        const QString example = s.value(QStringLiteral("x-default")).toString();
        if (auth.keyName.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0 && example.contains(QLatin1Char(' ')))
            warn(OpenApiImporter::tr("The key goes in the Authorization header with a prefix (\"%1\"): store the whole value, prefix included, as the secret.")
                     .arg(example));
    } else if (type == QLatin1String("oauth2")) {
        const QJsonObject flows = s.value(QStringLiteral("flows")).toObject();
        if (flows.contains(QStringLiteral("clientCredentials"))) {
            const QJsonObject flow = flows.value(QStringLiteral("clientCredentials")).toObject();
            auth.kind = AuthKind::OAuth2ClientCredentials;
            auth.tokenUrl = flow.value(QStringLiteral("tokenUrl")).toString();
            auth.scope = flow.value(QStringLiteral("scopes")).toObject().keys().join(QLatin1Char(' '));
        } else {
            // Authorization-code and implicit flows need a browser; the analyst pastes the
            // access token (or a private-app token), which is sent as a Bearer token.
            auth.kind = AuthKind::Bearer;
            warn(OpenApiImporter::tr("OAuth 2.0 (%1) needs a browser sign-in; paste an access token, which is sent as a Bearer token.")
                     .arg(flows.keys().join(QStringLiteral(", "))));
        }
    } else if (type == QLatin1String("openIdConnect")) {
        auth.kind = AuthKind::Bearer;
    } else {
        auth = {};
        warn(OpenApiImporter::tr("The security scheme \"%1\" (%2) is not supported; set the endpoint's auth by hand.").arg(chosen, type));
        return;
    }
    if (order.size() > 1)
        warn(OpenApiImporter::tr("Auth: used \"%1\"; the document also offers %2.")
                 .arg(chosen, order.mid(1).join(QStringLiteral(", "))));
}

QJsonValue OpenApiBuilder::responseSchema(const QJsonObject &operation) const
{
    const QJsonObject responses = operation.value(QStringLiteral("responses")).toObject();
    QStringList codes = responses.keys();
    codes.sort();
    for (const QString &code : std::as_const(codes)) {
        if (!code.startsWith(QLatin1Char('2')))
            continue;
        const QJsonObject response = m_reader.resolveObject(responses.value(code));
        const QJsonObject content = response.value(QStringLiteral("content")).toObject();
        for (auto it = content.begin(); it != content.end(); ++it) {
            if (it.key().contains(QLatin1String("json")))
                return it.value().toObject().value(QStringLiteral("schema"));
        }
        if (!content.isEmpty())
            return content.begin().value().toObject().value(QStringLiteral("schema"));
    }
    return {};
}

QList<OpenApiPaginationGuess::Parameter> OpenApiBuilder::parameters(const Operation &op) const
{
    QList<OpenApiPaginationGuess::Parameter> list;
    QJsonArray all = op.pathParameters;
    for (const QJsonValue &p : op.object.value(QStringLiteral("parameters")).toArray())
        all.append(p);
    for (const QJsonValue &value : std::as_const(all)) {
        const QJsonObject p = m_reader.resolveObject(value);
        list.append({p.value(QStringLiteral("name")).toString(), p.value(QStringLiteral("in")).toString(),
                     p.value(QStringLiteral("description")).toString(), m_reader.flatten(p.value(QStringLiteral("schema")))});
    }
    return list;
}

QString OpenApiBuilder::recordsPath(const QJsonValue &schema, const QString &entityName, QJsonValue *items) const
{
    const QJsonObject s = m_reader.flatten(schema);
    const QString type = OpenApiSchemaReader::typeOf(s);
    if (type == QLatin1String("array")) {
        *items = s.value(QStringLiteral("items"));
        return QString();
    }
    const QJsonObject props = s.value(QStringLiteral("properties")).toObject();
    QStringList candidates;
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QJsonObject p = m_reader.flatten(it.value());
        if (OpenApiSchemaReader::typeOf(p) != QLatin1String("array"))
            continue;
        const QJsonObject element = m_reader.flatten(p.value(QStringLiteral("items")));
        if (OpenApiSchemaReader::typeOf(element) == QLatin1String("object"))
            candidates.append(it.key());
    }
    if (candidates.isEmpty())
        return QStringLiteral("\x01"); // no records array: not a list
    QString chosen = candidates.first();
    for (const char *preferred : {"results", "data", "items", "records", "value", "elements"}) {
        if (candidates.contains(QLatin1String(preferred))) {
            chosen = QLatin1String(preferred);
            break;
        }
    }
    if (candidates.contains(entityName))
        chosen = entityName;
    *items = m_reader.flatten(props.value(chosen)).value(QStringLiteral("items"));
    return chosen;
}

QJsonValue OpenApiBuilder::unwrapSingle(const QJsonValue &schema) const
{
    // Zendesk answers GET /tickets/{id} with {"ticket": {…}}, JSON:API with {"data": {…}}.
    const QJsonObject s = m_reader.flatten(schema);
    const QJsonObject props = s.value(QStringLiteral("properties")).toObject();
    if (props.contains(QStringLiteral("data")) || props.size() == 1) {
        const QJsonValue inner = props.contains(QStringLiteral("data")) ? props.value(QStringLiteral("data")) : props.begin().value();
        if (OpenApiSchemaReader::typeOf(m_reader.flatten(inner)) == QLatin1String("object"))
            return inner;
    }
    return schema;
}

Result<ImportResult> OpenApiBuilder::build()
{
    const QJsonObject &root = m_reader.root();
    readEndpoint();
    readAuth();

    const QJsonObject paths = root.value(QStringLiteral("paths")).toObject();
    EntityGrouper grouper;
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QJsonObject item = m_reader.resolveObject(it.value());
        const QJsonArray shared = item.value(QStringLiteral("parameters")).toArray();
        for (const char *method : kMethods) {
            const QJsonValue op = item.value(QLatin1String(method));
            if (!op.isObject())
                continue;
            grouper.add({QString::fromLatin1(method).toUpper(), it.key(), int(m_operations.size())});
            m_operations.append({QString::fromLatin1(method).toUpper(), it.key(), op.toObject(), shared});
        }
    }
    if (m_operations.isEmpty())
        warn(OpenApiImporter::tr("%1 describes no operations under \"paths\".").arg(m_where));

    QList<EntityGrouper::Group> kept;
    QList<bool> paginationKnown;
    QHash<QString, int> styleVotes;
    QHash<QString, OpenApiPaginationGuess::Guess> styles;
    const OpenApiPaginationGuess guesser(m_reader);
    const QList<EntityGrouper::Group> groups = grouper.groups();
    for (const EntityGrouper::Group &group : groups) {
        Entity entity = group.entity;
        entity.endpointName = m_result.endpoint.name;
        QJsonValue itemSchema;
        bool known = true;
        bool listsRecords = false;
        if (group.listTag >= 0) {
            const Operation &list = m_operations.at(group.listTag);
            const QJsonValue response = responseSchema(list.object);
            QJsonValue items;
            const QString records = recordsPath(response, group.statics.value(group.statics.size() - 1), &items);
            listsRecords = records != QLatin1String("\x01");
            if (listsRecords) {
                entity.recordsPath = records;
                itemSchema = items;
                const auto guess = guesser.guess(parameters(list), response, records);
                if (guess) {
                    entity.pagination = guess->pagination;
                    if (guess->fromParameters) {
                        const QString key = toString(guess->pagination.style) + QLatin1Char('|') + guess->pagination.cursorParam + QLatin1Char('|') + guess->pagination.cursorPath + guess->pagination.nextUrlPath;
                        ++styleVotes[key];
                        styles.insert(key, *guess);
                    }
                    if (!guess->note.isEmpty())
                        warn(OpenApiImporter::tr("%1: pagination guessed as %2 with \"%3\"; check it against one real answer.")
                                 .arg(list.path, toString(guess->pagination.style), guess->note));
                } else {
                    known = false;
                }
            } else {
                entity.list = {};
            }
            entity.description = list.object.value(QStringLiteral("summary")).toString();
        }
        // A collection can be listed or read by id; the rest (/search, /merge, /count, DELETE
        // /conversations/{id}/customers/{contactId}) are actions, not collections.
        if (!listsRecords && group.getTag < 0)
            continue;
        if (itemSchema.isUndefined() && group.getTag >= 0)
            itemSchema = unwrapSingle(responseSchema(m_operations.at(group.getTag).object));
        if (!itemSchema.isUndefined()) {
            entity.schema = FieldTreeJson::toJson(m_reader.fieldTree(itemSchema));
        }
        EntityGrouper::Group g = group;
        g.entity = entity;
        kept.append(g);
        paginationKnown.append(known || !listsRecords);
    }
    // A list without paging hints in a document whose other lists page one way: assume that way
    // (Zendesk documents page[after] on some lists and not on /tickets, which pages the same).
    std::optional<OpenApiPaginationGuess::Guess> documentStyle;
    int bestVotes = 0;
    QString bestKey;
    for (auto it = styleVotes.cbegin(); it != styleVotes.cend(); ++it) {
        // Ties go to the alphabetically first key, so the guess does not depend on hash order.
        if (it.value() > bestVotes || (it.value() == bestVotes && it.key() < bestKey)) {
            bestVotes = it.value();
            bestKey = it.key();
            documentStyle = styles.value(it.key());
        }
    }
    int assumed = 0;
    for (int i = 0; i < kept.size(); ++i) {
        if (!paginationKnown.at(i) && documentStyle) {
            kept[i].entity.pagination = documentStyle->pagination;
            ++assumed;
        }
    }
    if (assumed > 0)
        warn(OpenApiImporter::tr("%1 list operations declare no paging; they were given the document's common style (%2, parameter \"%3\").")
                 .arg(assumed).arg(toString(documentStyle->pagination.style), documentStyle->pagination.cursorParam));
    EntityGrouper::assignNames(kept);
    for (EntityGrouper::Group &g : kept) {
        for (const QString &var : std::as_const(g.variables)) {
            if (!m_result.environment.variable(var))
                m_result.environment.variables.append({var, QString(), {}});
        }
        m_result.entities.append(g.entity);
    }
    const QStringList unresolved = m_reader.unresolved();
    if (!unresolved.isEmpty())
        warn(OpenApiImporter::tr("%1 references were not found and were left out: %2")
                 .arg(unresolved.size()).arg(unresolved.mid(0, 5).join(QStringLiteral(", "))));
    return m_result;
}

Result<ImportResult> OpenApiImporter::fromDocument(const QJsonObject &document, const QString &where)
{
    const QString version = document.value(QStringLiteral("openapi")).toString();
    if (!version.startsWith(QLatin1String("3."))) {
        if (document.contains(QStringLiteral("swagger")))
            return Error::input(tr("This is a Swagger 2.0 document; CRM Bridge imports OpenAPI 3.0 and 3.1"), where,
                                tr("Convert it first (for example with swagger2openapi), then import the result."));
        return Error::input(tr("This is not an OpenAPI document (no \"openapi\": \"3.x\" at the top)"), where,
                            tr("Import an OpenAPI 3.0 or 3.1 document in JSON or YAML."));
    }
    OpenApiBuilder builder(document, where);
    return builder.build();
}

Result<ImportResult> OpenApiImporter::import(const QByteArray &bytes, const QString &where)
{
    auto parsed = YamlJson::parseJsonOrYaml(bytes, where);
    if (!parsed)
        return parsed.error();
    if (!parsed->isObject())
        return Error::input(tr("The document is not a JSON/YAML object"), where, tr("Import an OpenAPI 3.0 or 3.1 document."));
    return fromDocument(parsed->toObject(), where);
}

Result<ImportResult> OpenApiImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read the OpenAPI document: %1").arg(file.errorString()), path,
                         tr("Check that the file exists and that you may read it."));
    return import(file.readAll(), path);
}

} // namespace crmbridge
