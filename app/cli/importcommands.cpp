// `crmbridge-cli endpoint import-openapi|import-postman|import-wsdl|templates|test`.
#include "clicommand.h"

#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/importers/openapiimporter.h"
#include "core/importers/postmanimporter.h"
#include "core/importers/vendortemplates.h"
#include "core/importers/wsdlimporter.h"
#include "core/net/activityrecorder.h"
#include "core/net/httpclient.h"
#include "core/net/pagewalker.h"
#include "core/sandbox/sandboxdemoseeder.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace crmbridge::cli {

namespace {

class ImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)

public:
    static int importOpenApi(CliContext &context);
    static int importPostman(CliContext &context);
    static int importWsdl(CliContext &context);
    static int templates(CliContext &context);
    static int addFromTemplate(CliContext &context);
    static int test(CliContext &context);

    /// Saves what an importer produced (never overwriting an endpoint) and moves secrets found
    /// in the source to the keychain; prints a summary.
    static int save(CliContext &context, ImportResult result);
};

int ImportCommands::save(CliContext &context, ImportResult result)
{
    if (context.parser.isSet(QStringLiteral("name")))
        result.endpoint.name = context.parser.value(QStringLiteral("name"));
    if (context.parser.isSet(QStringLiteral("base-url")))
        result.endpoint.baseUrl = context.parser.value(QStringLiteral("base-url"));
    if (result.endpoint.name.trimmed().isEmpty())
        return context.usage(tr("The document names no endpoint; give one with --name."));

    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    EndpointStore store(*workspace.value());
    if (store.find(result.endpoint.name)) {
        return context.fail(Error::input(tr("An endpoint named \"%1\" exists already").arg(result.endpoint.name),
                                         workspace.value()->filePath(), tr("Give the import another name with --name.")));
    }
    // One transaction for the whole import: all of it, or nothing.
    Status saved = workspace.value()->transaction([&](QSqlDatabase &) -> Status {
        auto endpoint = store.save(result.endpoint);
        if (!endpoint)
            return endpoint.error();
        for (Entity entity : std::as_const(result.entities)) {
            entity.endpointName = endpoint->name;
            if (auto e = store.saveEntity(entity); !e)
                return e.error();
        }
        if (!result.environment.variables.isEmpty()) {
            EnvironmentStore environments(*workspace.value());
            if (result.environment.name.isEmpty() || environments.find(result.environment.name))
                result.environment.name = endpoint->name;
            if (!environments.find(result.environment.name)) {
                if (auto env = environments.save(result.environment); !env)
                    return env.error();
            }
        }
        return {};
    });
    if (!saved)
        return context.fail(saved.error());

    // Secrets the source held in clear go to the keychain, never to the workspace.
    QStringList secretNotes;
    if (!result.secrets.isEmpty()) {
        SecretStore secrets;
        context.runEventLoop([&](const std::function<void(int)> &finish) {
            auto pending = std::make_shared<int>(int(result.secrets.size()));
            for (auto it = result.secrets.cbegin(); it != result.secrets.cend(); ++it) {
                const QString key = it.key();
                secrets.write(SecretRef{key, {}}, it.value().toUtf8(), &secrets, [&, key, pending, finish](const Result<SecretStore::Source> &where) {
                    if (!where)
                        secretNotes << tr("secret \"%1\" could not be stored: %2").arg(key, where.error().message());
                    else if (where.value() != SecretStore::Source::Keychain)
                        secretNotes << tr("secret \"%1\" found in the document was NOT kept: no keychain is available; "
                                          "name an environment variable for it").arg(key);
                    if (--*pending == 0)
                        finish(Success);
                });
            }
        });
    }

    if (context.json) {
        QJsonArray entities;
        for (const Entity &entity : std::as_const(result.entities))
            entities.append(entity.name);
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("endpoint"), result.endpoint.name},
                                                    {QStringLiteral("entities"), entities},
                                                    {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)},
                                                    {QStringLiteral("secretNotes"), QJsonArray::fromStringList(secretNotes)}}));
    } else {
        context.say(tr("Imported endpoint \"%1\" with %n entity(ies).", nullptr, int(result.entities.size())).arg(result.endpoint.name));
        for (const Entity &entity : std::as_const(result.entities))
            context.say(QStringLiteral("  ") + entity.name + QStringLiteral("  ") + entity.list.method + QLatin1Char(' ') + entity.list.path);
        for (const QString &warning : std::as_const(result.warnings))
            context.err << tr("warning:") << QLatin1Char(' ') << warning << Qt::endl;
        for (const QString &note : std::as_const(secretNotes))
            context.err << tr("warning:") << QLatin1Char(' ') << note << Qt::endl;
    }
    return Success;
}

int ImportCommands::importOpenApi(CliContext &context)
{
    auto result = OpenApiImporter::importFile(context.positional.value(0));
    if (!result)
        return context.fail(result.error());
    return save(context, result.value());
}

int ImportCommands::importPostman(CliContext &context)
{
    auto result = PostmanImporter::importFile(context.positional.value(0));
    if (!result)
        return context.fail(result.error());
    return save(context, result.value());
}

int ImportCommands::importWsdl(CliContext &context)
{
    const QString source = context.positional.value(0);
    std::optional<Result<WsdlImportResult>> parsed;
    const QUrl url(source);
    if (url.scheme() == QStringLiteral("http") || url.scheme() == QStringLiteral("https")) {
        WsdlFetcher fetcher;
        context.runEventLoop(
            [&](const std::function<void(int)> &finish) {
                QObject::connect(&fetcher, &WsdlFetcher::finished, &fetcher, [&, finish] {
                    parsed = fetcher.result();
                    finish(Success);
                });
                fetcher.fetch(url);
            },
            [&] { fetcher.abort(); });
        if (!parsed)
        {
            Error interrupted = Error::input(tr("The WSDL download was interrupted"), source);
            interrupted.kind = Error::Kind::Interrupted;
            return context.fail(interrupted);
        }
    } else {
        parsed = WsdlImporter::importFile(source);
    }
    if (!parsed->ok())
        return context.fail(parsed->error());
    const WsdlImportResult &wsdl = parsed->value();

    // The endpoint keeps the service description (Endpoint::soapService); the operations are
    // grouped into entities by name, and every operation stays callable with `endpoint call`.
    ImportResult result;
    result.endpoint = wsdl.endpoint;
    result.entities = wsdl.entities;
    result.warnings = wsdl.warnings;
    const int code = save(context, result);
    if (code == Success && !context.json) {
        QStringList names;
        for (const SoapOperation &operation : wsdl.service.operations)
            names << operation.name;
        names.sort();
        context.say(tr("SOAP operations: %1 (call one with 'crmbridge-cli endpoint call ENDPOINT OPERATION').")
                        .arg(names.join(QStringLiteral(", "))));
    }
    return code;
}

int ImportCommands::templates(CliContext &context)
{
    const QList<VendorTemplate> all = VendorTemplates::all();
    if (context.json) {
        QJsonArray array;
        for (const VendorTemplate &t : all)
            array.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.displayName}, {QStringLiteral("description"), t.description}});
        context.printJson(QJsonDocument(array));
        return Success;
    }
    for (const VendorTemplate &t : all)
        context.out << t.id.leftJustified(14) << QLatin1Char(' ') << t.displayName << QStringLiteral(" — ") << t.description << QLatin1Char('\n');
    context.out.flush();
    return Success;
}

int ImportCommands::addFromTemplate(CliContext &context)
{
    auto found = VendorTemplates::find(context.positional.value(0));
    if (!found)
        return context.fail(found.error());
    ImportResult result;
    result.endpoint = found->endpoint;
    result.entities = found->entities;
    result.environment = found->environment;
    if (!context.parser.isSet(QStringLiteral("name")))
        result.endpoint.name = found->displayName;
    return save(context, result);
}

int ImportCommands::test(CliContext &context)
{
    const QString endpointName = context.positional.value(0);
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    EndpointStore store(*workspace.value());
    auto endpoint = store.find(endpointName);
    if (!endpoint)
        return context.fail(endpoint.error());
    auto entities = store.entities(endpointName);
    if (!entities)
        return context.fail(entities.error());
    Entity entity;
    if (context.positional.size() > 1) {
        auto found = store.findEntity(endpointName, context.positional.value(1));
        if (!found)
            return context.fail(found.error());
        entity = found.value();
    } else if (!entities->isEmpty()) {
        entity = entities->first();
    }
    auto environment = context.environmentFor(*workspace.value());
    if (!environment)
        return context.fail(environment.error());

    SecretStore secrets;
    registerSandboxSecrets(secrets);
    ActivityRecorder activity(*workspace.value());
    HttpClient client(endpoint.value());
    client.setEnvironment(environment.value());
    client.setSecretStore(&secrets);
    client.setActivityRecorder(&activity);

    HttpRequest request;
    if (entity.list.isSet()) {
        // One small page is enough to prove the connection (a SOAP list operation's envelope too).
        auto first = PageWalker::firstPageRequest(endpoint.value(), entity, 5);
        if (!first)
            return context.fail(first.error());
        request = first.value();
    } else {
        request.path = QString();
    }
    request.context = tr("connection test");

    HttpResponse response;
    context.runEventLoop([&](const std::function<void(int)> &finish) {
        client.send(request, &client, [&, finish](const HttpResponse &answer) {
            response = answer;
            finish(Success);
        });
    });
    (void)activity.flush();

    qsizetype sample = -1;
    QString bodyProblem;
    std::optional<Error> soapError; // a SOAP fault says more than the HTTP status
    if (entity.list.isSet() && (response.ok() || endpoint->protocol == Protocol::SoapXml)) {
        auto page = PageWalker::readPage(endpoint.value(), entity, response,
                                         QString::fromLatin1(response.method) + QLatin1Char(' ') + response.displayUrl);
        if (page)
            sample = page->records.size();
        else if (response.ok())
            bodyProblem = page.error().message();
        else if (page.error().details.value(QStringLiteral("kind")).toString() == QLatin1String("soap-fault"))
            soapError = page.error();
    }
    if (soapError)
        response.error = soapError;
    const bool ok = response.ok() && bodyProblem.isEmpty();

    if (context.json) {
        QJsonObject headers;
        for (const auto &[name, value] : client.redactor().headers(response.headers))
            headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
        context.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("ok"), ok},
            {QStringLiteral("endpoint"), endpointName},
            {QStringLiteral("entity"), entity.name},
            {QStringLiteral("url"), response.displayUrl},
            {QStringLiteral("status"), response.status},
            {QStringLiteral("latencyMs"), response.durationMs},
            {QStringLiteral("attempts"), response.attempts},
            {QStringLiteral("sampleRecords"), sample},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("error"), ok ? QString() : (response.error ? response.error->message() : bodyProblem)},
        }));
    } else if (ok) {
        context.say(tr("OK: %1 answered %2 in %3 ms.").arg(response.displayUrl).arg(response.status).arg(response.durationMs));
        if (sample >= 0)
            context.say(tr("Entity \"%1\": %n record(s) in the first page.", nullptr, int(sample)).arg(entity.name));
    } else {
        context.fail(response.error ? response.error.value()
                                    : Error::input(bodyProblem, response.displayUrl, tr("Check the entity's records path and the base URL.")));
    }
    return ok ? Success : SomeFailed;
}

} // namespace

void registerImportCommands(CliRegistry &registry)
{
    const QList<QCommandLineOption> naming = {
        QCommandLineOption(QStringLiteral("name"), ImportCommands::tr("Name of the new endpoint (default: from the document)."), ImportCommands::tr("NAME")),
        QCommandLineOption(QStringLiteral("base-url"), ImportCommands::tr("Base URL to use instead of the document's."), ImportCommands::tr("URL")),
    };
    registry.add({{QStringLiteral("endpoint"), QStringLiteral("import-openapi")},
                  ImportCommands::tr("Create an endpoint with entities from an OpenAPI 3.0/3.1 document (JSON or YAML)."),
                  naming,
                  {{QStringLiteral("FILE"), ImportCommands::tr("The OpenAPI document.")}},
                  1,
                  1,
                  &ImportCommands::importOpenApi});
    registry.add({{QStringLiteral("endpoint"), QStringLiteral("import-postman")},
                  ImportCommands::tr("Create an endpoint from a Postman Collection v2.1."),
                  naming,
                  {{QStringLiteral("FILE"), ImportCommands::tr("The collection (.json).")}},
                  1,
                  1,
                  &ImportCommands::importPostman});
    registry.add({{QStringLiteral("endpoint"), QStringLiteral("import-wsdl")},
                  ImportCommands::tr("Create a SOAP endpoint from a WSDL 1.1 document (a URL or a file)."),
                  naming,
                  {{QStringLiteral("URL|FILE"), ImportCommands::tr("Where the WSDL is.")}},
                  1,
                  1,
                  &ImportCommands::importWsdl});
    registry.add({{QStringLiteral("endpoint"), QStringLiteral("templates")},
                  ImportCommands::tr("List the vendor templates (HubSpot, Zendesk, Klaviyo, Intercom, Mailchimp, Salesforce, Dynamics 365)."),
                  {},
                  {},
                  0,
                  0,
                  &ImportCommands::templates});
    registry.add({{QStringLiteral("endpoint"), QStringLiteral("add-template")},
                  ImportCommands::tr("Create an endpoint from a vendor template (credentials are left to you)."),
                  naming,
                  {{QStringLiteral("TEMPLATE"), ImportCommands::tr("A template id from 'endpoint templates'.")}},
                  1,
                  1,
                  &ImportCommands::addFromTemplate});
    registry.add({{QStringLiteral("endpoint"), QStringLiteral("test")},
                  ImportCommands::tr("Test the connection: authenticate, fetch one page, and say what is wrong if it fails."),
                  {},
                  {{QStringLiteral("NAME"), ImportCommands::tr("The endpoint.")}, {QStringLiteral("ENTITY"), ImportCommands::tr("The entity (default: the first).")}},
                  1,
                  2,
                  &ImportCommands::test});
}

} // namespace crmbridge::cli
