#include "ui/endpoints/importmenu.h"

#include "core/endpoints/secretstore.h"
#include "core/importers/curlimporter.h"
#include "core/importers/importresult.h"
#include "core/importers/openapiimporter.h"
#include "core/importers/postmanimporter.h"
#include "core/importers/vendortemplates.h"
#include "core/importers/wsdlimporter.h"
#include "models/endpoints/endpointcommands.h"
#include "models/endpoints/endpointrepository.h"
#include "ui/shell/prompts.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QUndoStack>
#include <QUrl>

namespace crmbridge {

ImportMenu::ImportMenu(EndpointRepository &repository, QUndoStack &undoStack, Prompts &prompts,
                       SecretStore &secrets, QWidget *parent)
    : QMenu(parent)
    , m_repository(repository)
    , m_undoStack(undoStack)
    , m_prompts(prompts)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("importMenu"));
    rebuild();
}

void ImportMenu::retranslate()
{
    rebuild();
}

void ImportMenu::rebuild()
{
    clear();
    QMenu *templates = addMenu(tr("Vendor Template"));
    templates->setObjectName(QStringLiteral("templatesMenu"));
    const QList<VendorTemplate> all = VendorTemplates::all();
    for (const VendorTemplate &t : all) {
        QAction *action = templates->addAction(t.displayName);
        action->setToolTip(t.description);
        action->setData(t.id);
        connect(action, &QAction::triggered, this, [this, id = t.id] { addTemplate(id); });
    }
    addSeparator();
    const auto fileAction = [this](const QString &text, const QString &title, const QString &filter,
                                   void (ImportMenu::*import)(const QString &)) {
        connect(addAction(text), &QAction::triggered, this, [this, title, filter, import] {
            const QString path = m_prompts.openFileName(parentWidget(), title, QDir::homePath(), filter);
            if (!path.isEmpty())
                (this->*import)(path);
        });
    };
    fileAction(tr("OpenAPI Document…"), tr("Import an OpenAPI document"),
               tr("OpenAPI documents (*.json *.yaml *.yml);;All files (*)"), &ImportMenu::importOpenApi);
    fileAction(tr("Postman Collection…"), tr("Import a Postman collection"),
               tr("Postman collections (*.json);;All files (*)"), &ImportMenu::importPostman);
    fileAction(tr("WSDL File…"), tr("Import a WSDL file"), tr("WSDL files (*.wsdl *.xml);;All files (*)"),
               &ImportMenu::importWsdl);
    connect(addAction(tr("WSDL from a URL…")), &QAction::triggered, this, [this] {
        const QString url = m_prompts.text(parentWidget(), tr("Import a WSDL from a URL"),
                                           tr("WSDL address (e.g. https://erp.example.com/soap/OrderService?wsdl):"), {});
        if (!url.isEmpty())
            importWsdlUrl(QUrl::fromUserInput(url));
    });
    connect(addAction(tr("cURL Command from the Clipboard")), &QAction::triggered, this,
            [this] { importCurl(QGuiApplication::clipboard()->text()); });
}

qint64 ImportMenu::add(const ImportResult &result)
{
    Endpoint endpoint = result.endpoint;
    endpoint.id = 0;
    if (endpoint.name.trimmed().isEmpty())
        endpoint.name = tr("Imported endpoint");
    endpoint.name = m_repository.unusedName(endpoint.name.trimmed());
    QList<Entity> entities = result.entities;
    for (Entity &e : entities) {
        e.id = 0;
        e.endpointName = endpoint.name;
    }
    auto *command = new AddEndpointCommand(m_repository, endpoint, entities, result.environment);
    m_undoStack.push(command);
    const qint64 id = command->endpointId();
    if (id == 0) {
        emit imported(0, tr("Nothing was added."));
        return 0;
    }
    QStringList notes = result.warnings;
    // Secrets found in the source go where secrets go, never into the workspace.
    for (auto it = result.secrets.cbegin(); it != result.secrets.cend(); ++it) {
        SecretRef ref;
        ref.key = it.key();
        m_secrets.write(ref, it.value().toUtf8(), this,
                        [this, id, key = it.key()](const Result<SecretStore::Source> &where) {
                            emit imported(
                                id,
                                where ? tr("Secret \"%1\": %2").arg(key, SecretStore::describe(where.value()))
                                      : where.error().message());
                        });
    }
    emit imported(
        id,
        notes.isEmpty()
            ? tr("Added \"%1\" with %n entit(y/ies).", nullptr, int(entities.size())).arg(endpoint.name)
            : notes.join(QLatin1Char('\n')));
    return id;
}

void ImportMenu::addOrReport(const Result<ImportResult> &result)
{
    if (!result) {
        emit imported(0, result.error().message());
        return;
    }
    add(result.value());
}

void ImportMenu::addWsdl(const Result<WsdlImportResult> &result)
{
    if (!result) {
        emit imported(0, result.error().message());
        return;
    }
    // As `endpoint import-wsdl`: the endpoint keeps the service description
    // (Endpoint::soapService) and the operations grouped into entities come with it, one undo step.
    ImportResult converted;
    converted.endpoint = result->endpoint;
    converted.entities = result->entities;
    converted.warnings = result->warnings;
    add(converted);
}

void ImportMenu::importOpenApi(const QString &path)
{
    addOrReport(OpenApiImporter::importFile(path));
}

void ImportMenu::importPostman(const QString &path)
{
    addOrReport(PostmanImporter::importFile(path));
}

void ImportMenu::importWsdl(const QString &path)
{
    addWsdl(WsdlImporter::importFile(path));
}

void ImportMenu::importWsdlUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        emit imported(0, tr("\"%1\" is not a web address.").arg(url.toDisplayString()));
        return;
    }
    // Asynchronous: the window stays responsive while the WSDL downloads; one fetch at a time.
    if (m_wsdlFetcher && m_wsdlFetcher->isRunning())
        m_wsdlFetcher->abort();
    delete m_wsdlFetcher;
    m_wsdlFetcher = new WsdlFetcher(nullptr, this);
    connect(m_wsdlFetcher, &WsdlFetcher::finished, this, [this, fetcher = m_wsdlFetcher] {
        if (fetcher != m_wsdlFetcher || !fetcher->result())
            return;
        addWsdl(*fetcher->result());
    });
    emit imported(0, tr("Downloading %1…").arg(url.toDisplayString()));
    m_wsdlFetcher->fetch(url);
}

void ImportMenu::importCurl(const QString &command)
{
    auto parsed = CurlImporter::parse(command);
    if (!parsed) {
        emit imported(0, parsed.error().message());
        return;
    }
    const QUrl url(parsed->request.url);
    if (!url.isValid() || url.host().isEmpty()) {
        emit imported(0, tr("The cURL command has no absolute URL: %1").arg(parsed->request.url));
        return;
    }
    ImportResult result;
    Endpoint &e = result.endpoint;
    e.name = url.host();
    e.baseUrl = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    e.headers = parsed->request.headers;
    e.auth = parsed->auth;
    e.tls.allowSelfSigned = parsed->insecure;
    if (e.auth.kind != AuthKind::None) {
        e.auth.secret.key = Endpoint::secretKey(m_repository.unusedName(e.name), QStringLiteral("secret"));
        if (!parsed->secret.isEmpty())
            result.secrets.insert(e.auth.secret.key, parsed->secret);
    }
    Entity entity;
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    entity.name = segments.isEmpty() ? tr("records") : segments.last();
    entity.list = { parsed->request.method.isEmpty() ? QStringLiteral("GET") : parsed->request.method,
                    url.path() };
    result.entities.append(entity);
    result.warnings = parsed->notes;
    if (parsed->insecure)
        result.warnings.append(
            tr("The command used --insecure: the endpoint allows self-signed certificates."));
    add(result);
}

void ImportMenu::addTemplate(const QString &id)
{
    auto found = VendorTemplates::find(id);
    if (!found) {
        emit imported(0, found.error().message());
        return;
    }
    ImportResult result;
    result.endpoint = found->endpoint;
    result.entities = found->entities;
    result.environment = found->environment;
    add(result);
}

} // namespace crmbridge
