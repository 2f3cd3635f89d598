// `crmbridge-cli endpoint list|show|add|remove|call` and `environment list|show`.
#include "clicommand.h"

#include "core/endpoints/endpointstore.h"
#include "core/endpoints/ratelimitpresets.h"
#include "core/endpoints/secretstore.h"
#include "core/net/activityrecorder.h"
#include "core/net/entityrequest.h"
#include "core/net/httpclient.h"
#include "core/net/soapclient.h"
#include "core/sandbox/sandboxdemoseeder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace crmbridge::cli {

namespace {

class EndpointCommands
{
    Q_DECLARE_TR_FUNCTIONS(EndpointCommands)

public:
    static int list(CliContext &context);
    static int show(CliContext &context);
    static int add(CliContext &context);
    static int remove(CliContext &context);
    static int environments(CliContext &context);
    static int environment(CliContext &context);
    static int call(CliContext &context);
};

QJsonObject endpointDocument(const Endpoint &endpoint, const QList<Entity> &entities)
{
    QJsonObject json = EndpointJson::toJson(endpoint);
    QJsonArray list;
    for (const Entity &entity : entities)
        list.append(EntityJson::toJson(entity));
    json.insert(QStringLiteral("entities"), list);
    return json;
}

QString authSummary(const AuthConfig &auth)
{
    QString text = toString(auth.kind);
    if (!auth.secret.isEmpty())
        text += QStringLiteral(" (") + auth.secret.describe() + QLatin1Char(')');
    return text;
}

int EndpointCommands::list(CliContext &context)
{
    auto workspace = context.openWorkspace(Workspace::OpenMode::Inspect);
    if (!workspace)
        return context.fail(workspace.error());
    EndpointStore store(*workspace.value());
    auto endpoints = store.list();
    if (!endpoints)
        return context.fail(endpoints.error());

    if (context.json) {
        QJsonArray array;
        for (const Endpoint &endpoint : endpoints.value()) {
            auto entities = store.entities(endpoint.name);
            if (!entities)
                return context.fail(entities.error());
            array.append(endpointDocument(endpoint, entities.value()));
        }
        context.printJson(QJsonDocument(array));
        return Success;
    }
    if (endpoints->isEmpty()) {
        context.say(tr("No endpoints yet. Add one with 'crmbridge-cli endpoint add NAME --base-url URL'."));
        return Success;
    }
    QTextStream &out = context.out;
    out << tr("NAME").leftJustified(22) << tr("KIND").leftJustified(11) << tr("PROTOCOL").leftJustified(11)
        << tr("ENTITIES").leftJustified(10) << tr("BASE URL") << QLatin1Char('\n');
    for (const Endpoint &endpoint : endpoints.value()) {
        auto entities = store.entities(endpoint.name);
        out << endpoint.name.leftJustified(21) << QLatin1Char(' ') << toString(endpoint.kind).leftJustified(10) << QLatin1Char(' ')
            << toString(endpoint.protocol).leftJustified(10) << QLatin1Char(' ')
            << QString::number(entities ? entities->size() : 0).leftJustified(9) << QLatin1Char(' ') << endpoint.baseUrl
            << QLatin1Char('\n');
    }
    out.flush();
    return Success;
}

int EndpointCommands::show(CliContext &context)
{
    auto workspace = context.openWorkspace(Workspace::OpenMode::Inspect);
    if (!workspace)
        return context.fail(workspace.error());
    EndpointStore store(*workspace.value());
    auto endpoint = store.find(context.positional.value(0));
    if (!endpoint)
        return context.fail(endpoint.error());
    auto entities = store.entities(endpoint->name);
    if (!entities)
        return context.fail(entities.error());
    if (context.json) {
        context.printJson(QJsonDocument(endpointDocument(endpoint.value(), entities.value())));
        return Success;
    }
    QTextStream &out = context.out;
    const Endpoint &e = endpoint.value();
    out << tr("Endpoint:") << QLatin1Char(' ') << e.name << QLatin1Char('\n');
    out << tr("Kind:") << QLatin1Char(' ') << toString(e.kind) << QStringLiteral(", ") << toString(e.protocol) << QLatin1Char('\n');
    out << tr("Base URL:") << QLatin1Char(' ') << e.baseUrl << QLatin1Char('\n');
    out << tr("Auth:") << QLatin1Char(' ') << authSummary(e.auth) << QLatin1Char('\n');
    if (e.tls.allowSelfSigned)
        out << tr("TLS: self-signed certificates ALLOWED (verification off)") << QLatin1Char('\n');
    if (!e.rateLimit.preset.isEmpty())
        out << tr("Rate limit preset:") << QLatin1Char(' ') << e.rateLimit.preset << QLatin1Char('\n');
    out << tr("Entities:") << QLatin1Char(' ');
    if (entities->isEmpty())
        out << tr("none") << QLatin1Char('\n');
    else
        out << QLatin1Char('\n');
    for (const Entity &entity : entities.value()) {
        out << QStringLiteral("  ") << entity.name.leftJustified(18) << QLatin1Char(' ') << entity.list.method << QLatin1Char(' ')
            << entity.list.path << QStringLiteral("  [") << toString(entity.pagination.style) << QStringLiteral("]\n");
    }
    out.flush();
    return Success;
}

int EndpointCommands::add(CliContext &context)
{
    const QCommandLineParser &p = context.parser;
    Endpoint endpoint;
    if (p.isSet(QStringLiteral("from-json"))) {
        QFile file(p.value(QStringLiteral("from-json")));
        if (!file.open(QIODevice::ReadOnly)) {
            return context.fail(Error::io(tr("Cannot read the endpoint file: %1").arg(file.errorString()), file.fileName(),
                                          tr("Check the path.")));
        }
        auto parsed = EndpointJson::fromBytes(file.readAll(), file.fileName());
        if (!parsed)
            return context.fail(parsed.error());
        endpoint = parsed.value();
    }
    if (!context.positional.value(0).isEmpty())
        endpoint.name = context.positional.value(0);
    if (p.isSet(QStringLiteral("kind"))) {
        auto kind = endpointKindFromString(p.value(QStringLiteral("kind")));
        if (!kind)
            return context.fail(kind.error());
        endpoint.kind = kind.value();
    }
    if (p.isSet(QStringLiteral("protocol"))) {
        auto protocol = protocolFromString(p.value(QStringLiteral("protocol")));
        if (!protocol)
            return context.fail(protocol.error());
        endpoint.protocol = protocol.value();
    }
    if (p.isSet(QStringLiteral("base-url")))
        endpoint.baseUrl = p.value(QStringLiteral("base-url"));
    if (p.isSet(QStringLiteral("auth"))) {
        auto auth = authKindFromString(p.value(QStringLiteral("auth")));
        if (!auth)
            return context.fail(auth.error());
        endpoint.auth.kind = auth.value();
    }
    if (p.isSet(QStringLiteral("username")))
        endpoint.auth.username = p.value(QStringLiteral("username"));
    if (p.isSet(QStringLiteral("key-name")))
        endpoint.auth.keyName = p.value(QStringLiteral("key-name"));
    if (p.isSet(QStringLiteral("token-url")))
        endpoint.auth.tokenUrl = p.value(QStringLiteral("token-url"));
    if (p.isSet(QStringLiteral("client-id")))
        endpoint.auth.clientId = p.value(QStringLiteral("client-id"));
    if (p.isSet(QStringLiteral("scope")))
        endpoint.auth.scope = p.value(QStringLiteral("scope"));
    if (p.isSet(QStringLiteral("secret-env")))
        endpoint.auth.secret.envVar = p.value(QStringLiteral("secret-env"));
    if (endpoint.auth.kind != AuthKind::None && endpoint.auth.secret.key.isEmpty())
        endpoint.auth.secret.key = Endpoint::secretKey(endpoint.name, QStringLiteral("auth"));
    for (const QString &header : p.values(QStringLiteral("header"))) {
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return context.usage(tr("--header needs \"Name: value\", got '%1'.").arg(header));
        endpoint.headers.append({header.left(colon).trimmed(), header.mid(colon + 1).trimmed()});
    }
    if (p.isSet(QStringLiteral("rate-preset"))) {
        auto preset = RateLimitPresets::find(p.value(QStringLiteral("rate-preset")));
        if (!preset)
            return context.fail(preset.error());
        endpoint.rateLimit = preset->policy;
    }
    if (p.isSet(QStringLiteral("timeout-ms"))) {
        bool ok = false;
        const int timeout = p.value(QStringLiteral("timeout-ms")).toInt(&ok);
        if (!ok || timeout <= 0)
            return context.usage(tr("--timeout-ms needs a positive whole number, got '%1'.").arg(p.value(QStringLiteral("timeout-ms"))));
        endpoint.timeoutMs = timeout;
    }
    if (p.isSet(QStringLiteral("ca-file")))
        endpoint.tls.caFile = p.value(QStringLiteral("ca-file"));
    if (p.isSet(QStringLiteral("allow-self-signed")))
        endpoint.tls.allowSelfSigned = true;
    if (endpoint.name.trimmed().isEmpty())
        return context.usage(tr("An endpoint needs a name."));

    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    EndpointStore store(*workspace.value());
    if (store.find(endpoint.name)) {
        return context.fail(Error::input(tr("An endpoint named \"%1\" exists already").arg(endpoint.name),
                                         workspace.value()->filePath(),
                                         tr("Choose another name, or remove it first with 'crmbridge-cli endpoint remove'.")));
    }
    auto saved = store.save(endpoint);
    if (!saved)
        return context.fail(saved.error());
    if (context.json)
        context.printJson(QJsonDocument(endpointDocument(saved.value(), {})));
    else
        context.say(tr("Added endpoint \"%1\".").arg(saved->name));
    if (endpoint.auth.kind != AuthKind::None && endpoint.auth.secret.envVar.isEmpty() && !context.quiet && !context.json) {
        context.err << tr("note: its secret is looked up in the keychain entry \"%1\"; on a server without a keychain, "
                          "add --secret-env VARIABLE.")
                           .arg(endpoint.auth.secret.key)
                    << Qt::endl;
    }
    return Success;
}

int EndpointCommands::remove(CliContext &context)
{
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    EndpointStore store(*workspace.value());
    const QString name = context.positional.value(0);
    if (auto found = store.find(name); !found)
        return context.fail(found.error());
    if (Status s = store.remove(name); !s)
        return context.fail(s.error());
    if (context.json)
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("removed"), name}}));
    else
        context.say(tr("Removed endpoint \"%1\" and its entities.").arg(name));
    return Success;
}

int EndpointCommands::environments(CliContext &context)
{
    auto workspace = context.openWorkspace(Workspace::OpenMode::Inspect);
    if (!workspace)
        return context.fail(workspace.error());
    EnvironmentStore store(*workspace.value());
    auto list = store.list();
    if (!list)
        return context.fail(list.error());
    if (context.json) {
        QJsonArray array;
        for (const Environment &env : list.value())
            array.append(EnvironmentJson::toJson(env));
        context.printJson(QJsonDocument(array));
        return Success;
    }
    for (const Environment &env : list.value()) {
        context.out << env.name << (env.production ? tr("  [production]") : QString()) << QStringLiteral("  ")
                    << tr("%n variable(s)", nullptr, int(env.variables.size())) << QLatin1Char('\n');
    }
    if (list->isEmpty())
        context.say(tr("No environments yet."));
    context.out.flush();
    return Success;
}

int EndpointCommands::environment(CliContext &context)
{
    auto workspace = context.openWorkspace(Workspace::OpenMode::Inspect);
    if (!workspace)
        return context.fail(workspace.error());
    auto env = EnvironmentStore(*workspace.value()).find(context.positional.value(0));
    if (!env)
        return context.fail(env.error());
    if (context.json) {
        context.printJson(QJsonDocument(EnvironmentJson::toJson(env.value())));
        return Success;
    }
    context.out << tr("Environment:") << QLatin1Char(' ') << env->name << (env->production ? tr("  [production]") : QString())
                << QLatin1Char('\n');
    for (const EnvironmentVariable &variable : env->variables) {
        context.out << QStringLiteral("  ") << variable.name.leftJustified(22) << QLatin1Char(' ')
                    << (variable.isSecret() ? QStringLiteral("<") + variable.secret.describe() + QLatin1Char('>') : variable.value)
                    << QLatin1Char('\n');
    }
    context.out.flush();
    return Success;
}

/// --data JSON or --data @FILE as a JSON object (absent: an empty object).
Result<QJsonObject> callData(const CliContext &context)
{
    if (!context.parser.isSet(QStringLiteral("data")))
        return QJsonObject();
    QString text = context.parser.value(QStringLiteral("data"));
    QString where = QStringLiteral("--data");
    QByteArray bytes = text.toUtf8();
    if (text.startsWith(QLatin1Char('@'))) {
        where = text.mid(1);
        QFile file(where);
        if (!file.open(QIODevice::ReadOnly))
            return Error::io(EndpointCommands::tr("Cannot read the request data: %1").arg(file.errorString()), where,
                             EndpointCommands::tr("Check the file name after @."));
        bytes = file.readAll();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error::usage(parseError.error != QJsonParseError::NoError
                                ? EndpointCommands::tr("The request data is not valid JSON: %1 at byte offset %2 (%3)")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset)
                                      .arg(where)
                                : EndpointCommands::tr("The request data must be a JSON object (%1)").arg(where),
                            EndpointCommands::tr("Give a JSON object such as '{\"OrderId\": 1001}'."));
    }
    return doc.object();
}

int EndpointCommands::call(CliContext &context)
{
    const QString endpointName = context.positional.value(0);
    const QString operation = context.positional.value(1);
    auto data = callData(context);
    if (!data)
        return context.fail(data.error());
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    EndpointStore store(*workspace.value());
    auto endpoint = store.find(endpointName);
    if (!endpoint)
        return context.fail(endpoint.error());
    auto environment = context.environmentFor(*workspace.value());
    if (!environment)
        return context.fail(environment.error());
    const bool confirmed = context.parser.isSet(QStringLiteral("yes"));

    SecretStore secrets;
    registerSandboxSecrets(secrets); // public sandbox demo credentials; no effect on other endpoints
    ActivityRecorder activity(*workspace.value());
    HttpClient client(endpoint.value());
    client.setEnvironment(environment.value());
    client.setSecretStore(&secrets);
    client.setActivityRecorder(&activity);

    HttpResponse http;
    std::optional<Error> error;
    QJsonValue body;
    if (endpoint->protocol == Protocol::SoapXml) {
        auto service = SoapClient::serviceOf(endpoint.value());
        if (!service)
            return context.fail(service.error());
        SoapClient soap(&client, service.value());
        SoapCallOptions options;
        options.confirmedProductionWrite = confirmed;
        options.context = tr("crmbridge-cli endpoint call");
        context.runEventLoop([&](const std::function<void(int)> &finish) {
            soap.call(operation, data.value(), &soap, [&, finish](const SoapResponse &r) {
                http = r.http;
                error = r.error;
                body = r.body;
                finish(Success);
            }, options);
        });
    } else {
        // REST: ENTITY.get|create|update|delete (and ENTITY.list for one page).
        const qsizetype dot = operation.lastIndexOf(QLatin1Char('.'));
        const QString entityName = operation.left(dot);
        const QString verb = dot < 0 ? QString() : operation.mid(dot + 1).toLower();
        static const QHash<QString, EntityOperationKind> verbs = {
            {QStringLiteral("list"), EntityOperationKind::List},     {QStringLiteral("get"), EntityOperationKind::Get},
            {QStringLiteral("create"), EntityOperationKind::Create}, {QStringLiteral("update"), EntityOperationKind::Update},
            {QStringLiteral("delete"), EntityOperationKind::Delete},
        };
        if (dot <= 0 || !verbs.contains(verb))
            return context.usage(tr("For a REST endpoint the operation is ENTITY.get, ENTITY.create, ENTITY.update, ENTITY.delete "
                                    "or ENTITY.list, got '%1'.")
                                     .arg(operation));
        auto entity = store.findEntity(endpointName, entityName);
        if (!entity)
            return context.fail(entity.error());
        const EntityOperationKind kind = verbs.value(verb);
        const QString id = context.parser.value(QStringLiteral("id"));
        const bool sendsBody = kind == EntityOperationKind::Create || kind == EntityOperationKind::Update;
        auto request = EntityRequest::build(entity.value(), kind, id,
                                            sendsBody ? QJsonDocument(data.value()).toJson(QJsonDocument::Compact) : QByteArray());
        if (!request)
            return context.fail(request.error());
        request->confirmedProductionWrite = confirmed;
        request->headers.append({QStringLiteral("Accept"), QStringLiteral("application/json")});
        context.runEventLoop([&](const std::function<void(int)> &finish) {
            client.send(request.value(), &client, [&, finish](const HttpResponse &r) {
                http = r;
                error = r.error;
                finish(Success);
            });
        });
        if (!http.body.trimmed().isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(http.body, &parseError);
            if (parseError.error == QJsonParseError::NoError)
                body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
            else
                body = QString::fromUtf8(http.body); // not JSON: shown as it came
        }
    }
    (void)activity.flush();

    const std::optional<SoapFault> fault = error ? SoapFault::fromError(*error) : std::nullopt;
    if (context.json) {
        QJsonObject out{{QStringLiteral("ok"), !error.has_value()},
                        {QStringLiteral("endpoint"), endpointName},
                        {QStringLiteral("operation"), operation},
                        {QStringLiteral("url"), http.displayUrl},
                        {QStringLiteral("status"), http.status},
                        {QStringLiteral("latencyMs"), http.durationMs},
                        {QStringLiteral("response"), body}};
        if (error)
            out.insert(QStringLiteral("error"), error->message());
        if (fault)
            out.insert(QStringLiteral("fault"), fault->toJson());
        context.printJson(QJsonDocument(out));
    } else {
        if (!body.isUndefined() && !body.isNull() && !(body.isObject() && body.toObject().isEmpty() && error)) {
            if (body.isString())
                context.out << body.toString() << Qt::endl;
            else
                context.printJson(body.isArray() ? QJsonDocument(body.toArray()) : QJsonDocument(body.toObject()));
        }
        if (error) {
            context.fail(*error);
            if (fault) {
                context.err << tr("faultcode: %1").arg(fault->faultCode) << QLatin1Char('\n')
                            << tr("faultstring: %1").arg(fault->faultString) << QLatin1Char('\n');
                if (!fault->code.isEmpty())
                    context.err << tr("detail code: %1").arg(fault->code) << QLatin1Char('\n');
                context.err.flush();
            }
        } else if (!context.quiet) {
            context.err << tr("OK: %1 answered %2 in %3 ms.").arg(http.displayUrl).arg(http.status).arg(http.durationMs) << Qt::endl;
        }
    }
    if (!error)
        return Success;
    const Error::Kind kind = error->kind;
    if (kind == Error::Kind::Interrupted)
        return Interrupted;
    // Nothing was sent (bad operation, missing confirmation, bad configuration): a usage error.
    return http.status == 0 && (kind == Error::Kind::Usage || kind == Error::Kind::Config || kind == Error::Kind::NotFound)
               ? UsageError
               : SomeFailed;
}

} // namespace

void registerEndpointCommands(CliRegistry &registry)
{
    const QString name = QStringLiteral("NAME");
    registry.add({{QStringLiteral("endpoint"), QStringLiteral("list")}, EndpointCommands::tr("List the endpoints of the workspace."), {}, {}, 0, 0, &EndpointCommands::list});
    registry.add({{QStringLiteral("endpoint"), QStringLiteral("show")},
                  EndpointCommands::tr("Show one endpoint with its entities."),
                  {},
                  {{name, EndpointCommands::tr("The endpoint.")}},
                  1,
                  1,
                  &EndpointCommands::show});
    registry.add({{QStringLiteral("endpoint"), QStringLiteral("add")},
                  EndpointCommands::tr("Add an endpoint (its secret stays in the keychain or an environment variable)."),
                  {
                      QCommandLineOption(QStringLiteral("kind"), EndpointCommands::tr("crm, erp, helpdesk, marketing or file."), EndpointCommands::tr("KIND")),
                      QCommandLineOption(QStringLiteral("protocol"), EndpointCommands::tr("rest-json, soap-xml or file."), EndpointCommands::tr("PROTOCOL")),
                      QCommandLineOption(QStringLiteral("base-url"), EndpointCommands::tr("Base URL; may use {{variables}}."), EndpointCommands::tr("URL")),
                      QCommandLineOption(QStringLiteral("auth"),
                                         EndpointCommands::tr("none, basic, bearer, api-key-header, api-key-query or "
                                               "oauth2-client-credentials."),
                                         EndpointCommands::tr("KIND")),
                      QCommandLineOption(QStringLiteral("username"), EndpointCommands::tr("User name for Basic auth."), EndpointCommands::tr("USER")),
                      QCommandLineOption(QStringLiteral("key-name"), EndpointCommands::tr("Header or query parameter of an API key."),
                                         EndpointCommands::tr("NAME")),
                      QCommandLineOption(QStringLiteral("token-url"), EndpointCommands::tr("OAuth 2.0 token URL."), EndpointCommands::tr("URL")),
                      QCommandLineOption(QStringLiteral("client-id"), EndpointCommands::tr("OAuth 2.0 client id."), EndpointCommands::tr("ID")),
                      QCommandLineOption(QStringLiteral("scope"), EndpointCommands::tr("OAuth 2.0 scope."), EndpointCommands::tr("SCOPE")),
                      QCommandLineOption(QStringLiteral("secret-env"),
                                         EndpointCommands::tr("Environment variable that holds the secret (password, token, key)."),
                                         EndpointCommands::tr("VARIABLE")),
                      QCommandLineOption(QStringLiteral("header"), EndpointCommands::tr("A header sent with every request (repeatable)."),
                                         EndpointCommands::tr("\"NAME: VALUE\"")),
                      QCommandLineOption(QStringLiteral("rate-preset"), EndpointCommands::tr("A vendor rate-limit preset id."), EndpointCommands::tr("ID")),
                      QCommandLineOption(QStringLiteral("timeout-ms"), EndpointCommands::tr("Transfer timeout in milliseconds."), EndpointCommands::tr("MS")),
                      QCommandLineOption(QStringLiteral("ca-file"), EndpointCommands::tr("PEM file of extra trusted CAs."), EndpointCommands::tr("FILE")),
                      QCommandLineOption(QStringLiteral("allow-self-signed"),
                                         EndpointCommands::tr("Accept self-signed certificates (turns TLS verification off).")),
                      QCommandLineOption(QStringLiteral("from-json"), EndpointCommands::tr("Start from an endpoint JSON file (workspace export format)."),
                                         EndpointCommands::tr("FILE")),
                  },
                  {{name, EndpointCommands::tr("The new endpoint's name.")}},
                  1,
                  1,
                  &EndpointCommands::add});
    registry.add({{QStringLiteral("endpoint"), QStringLiteral("remove")},
                  EndpointCommands::tr("Remove an endpoint and its entities."),
                  {},
                  {{name, EndpointCommands::tr("The endpoint.")}},
                  1,
                  1,
                  &EndpointCommands::remove});
    registry.add({{QStringLiteral("endpoint"), QStringLiteral("call")},
                  EndpointCommands::tr("Call one operation: a WSDL operation of a SOAP endpoint, or ENTITY.get|create|update|delete|list "
                                       "of a REST endpoint; prints the response."),
                  {
                      QCommandLineOption(QStringLiteral("data"),
                                         EndpointCommands::tr("The request as a JSON object, or @FILE to read it from a file."),
                                         EndpointCommands::tr("JSON|@FILE")),
                      QCommandLineOption(QStringLiteral("id"), EndpointCommands::tr("The record id (REST get, update, delete)."),
                                         EndpointCommands::tr("ID")),
                      QCommandLineOption(QStringLiteral("yes"), EndpointCommands::tr("Confirm a write to a production environment.")),
                  },
                  {{name, EndpointCommands::tr("The endpoint.")},
                   {QStringLiteral("OPERATION"), EndpointCommands::tr("A WSDL operation (GetOrder) or ENTITY.VERB (contacts.get).")}},
                  2,
                  2,
                  &EndpointCommands::call});
    registry.add({{QStringLiteral("environment"), QStringLiteral("list")},
                  EndpointCommands::tr("List the environments (variable sets) of the workspace."),
                  {},
                  {},
                  0,
                  0,
                  &EndpointCommands::environments});
    registry.add({{QStringLiteral("environment"), QStringLiteral("show")},
                  EndpointCommands::tr("Show one environment's variables (secret ones as references)."),
                  {},
                  {{name, EndpointCommands::tr("The environment.")}},
                  1,
                  1,
                  &EndpointCommands::environment});
}

} // namespace crmbridge::cli
