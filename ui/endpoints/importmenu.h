#pragma once

#include "core/common/result.h"

#include <QMenu>
#include <QPointer>

class QUndoStack;
class QUrl;

namespace crmbridge {

class EndpointRepository;
class Prompts;
class SecretStore;
class WsdlFetcher;
struct ImportResult;
struct WsdlImportResult;

/// "Add from…": a vendor template, an OpenAPI document, a Postman collection, a WSDL file or a
/// cURL command on the clipboard. Each import is one undo step (endpoint, entities and a new
/// environment); secrets the source held go to the SecretStore, never into the workspace.
class ImportMenu : public QMenu
{
    Q_OBJECT

public:
    ImportMenu(EndpointRepository &repository, QUndoStack &undoStack, Prompts &prompts, SecretStore &secrets,
               QWidget *parent = nullptr);

    void retranslate();
    /// Adds what an importer produced (exposed for tests); returns the new endpoint's id or 0.
    qint64 add(const ImportResult &result);
    void importOpenApi(const QString &path);
    void importPostman(const QString &path);
    void importWsdl(const QString &path);
    /// Downloads the WSDL (asynchronously) and adds it as `importWsdl` does; `imported` reports.
    void importWsdlUrl(const QUrl &url);
    void importCurl(const QString &command);
    void addTemplate(const QString &id);

signals:
    /// Something was added (`id`), or nothing was and `message` says why; `message` also carries
    /// an importer's warnings and where the secrets went.
    void imported(qint64 id, const QString &message);

private:
    void rebuild();
    void addOrReport(const Result<ImportResult> &result);
    void addWsdl(const Result<WsdlImportResult> &result);

    EndpointRepository &m_repository;
    QUndoStack &m_undoStack;
    Prompts &m_prompts;
    SecretStore &m_secrets;
    QPointer<WsdlFetcher> m_wsdlFetcher;
};

} // namespace crmbridge
