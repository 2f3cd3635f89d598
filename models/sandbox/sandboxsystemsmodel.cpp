#include "models/sandbox/sandboxsystemsmodel.h"

#include "core/sandbox/sandboxserver.h"
#include "models/common/modelroles.h"

#include <QLocale>

namespace crmbridge {

SandboxSystemsModel::SandboxSystemsModel(SandboxServer *server, QObject *parent)
    : QAbstractTableModel(parent)
    , m_server(server)
{
    connect(server, &SandboxServer::started, this, &SandboxSystemsModel::reload);
    connect(server, &SandboxServer::stopped, this, &SandboxSystemsModel::reload);
    connect(server, &SandboxServer::dataReset, this, &SandboxSystemsModel::reload);
    connect(server, &SandboxServer::requestCountsChanged, this, [this] {
        if (!m_systems.isEmpty())
            emit dataChanged(index(0, RequestsColumn), index(rowCount() - 1, RequestsColumn), {Qt::DisplayRole, RawValueRole});
    });
    connect(server, &SandboxServer::faultsChanged, this, [this](SandboxSystemId id) {
        for (int row = 0; row < m_systems.size(); ++row) {
            if (m_systems.at(row).id == id)
                emit dataChanged(index(row, FaultsColumn), index(row, FaultsColumn));
        }
    });
    reload();
}

void SandboxSystemsModel::reload()
{
    beginResetModel();
    m_systems.clear();
    if (m_server) {
        for (SandboxSystemId id : allSandboxSystems())
            m_systems.append(m_server->system(id));
    }
    endResetModel();
}

SandboxSystemId SandboxSystemsModel::systemAt(int row) const
{
    return m_systems.value(row).id;
}

void SandboxSystemsModel::retranslate()
{
    if (!m_systems.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int SandboxSystemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_systems.size());
}

int SandboxSystemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SandboxSystemsModel::systemName(SandboxSystemId id)
{
    switch (id) {
    case SandboxSystemId::Crm:
        return tr("Demo CRM");
    case SandboxSystemId::Erp:
        return tr("Demo ERP");
    case SandboxSystemId::Helpdesk:
        return tr("Demo Helpdesk");
    case SandboxSystemId::Marketing:
        return tr("Demo Marketing");
    case SandboxSystemId::Webhooks:
        return tr("Webhook receiver");
    }
    return {};
}

QString SandboxSystemsModel::faultSummary(const SandboxFaults &faults)
{
    QStringList parts;
    auto percent = [](double rate) { return QLocale().toString(rate * 100, 'g', 3); };
    if (faults.errorRate > 0)
        parts << tr("5xx %1 %").arg(percent(faults.errorRate));
    if (faults.throttleRate > 0)
        parts << tr("429 %1 %").arg(percent(faults.throttleRate));
    if (faults.dropRate > 0)
        parts << tr("drops %1 %").arg(percent(faults.dropRate));
    if (faults.malformedRate > 0)
        parts << tr("malformed %1 %").arg(percent(faults.malformedRate));
    if (faults.truncateRate > 0)
        parts << tr("truncated %1 %").arg(percent(faults.truncateRate));
    if (faults.slowRate > 0)
        parts << tr("slow %1 %").arg(percent(faults.slowRate));
    if (faults.latencyMs > 0 || faults.jitterMs > 0)
        parts << tr("+%1 ms").arg(faults.jitterMs > 0 ? QStringLiteral("%1–%2").arg(faults.latencyMs).arg(faults.latencyMs + faults.jitterMs)
                                                      : QString::number(faults.latencyMs));
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

QString SandboxSystemsModel::signInText(const SandboxCredentials &credentials)
{
    if (credentials.scheme == QStringLiteral("Bearer"))
        return tr("Bearer token %1").arg(credentials.token);
    if (credentials.scheme == QStringLiteral("Basic"))
        return tr("Basic: %1 / %2").arg(credentials.username, credentials.password);
    return tr("no sign-in");
}

QVariant SandboxSystemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SandboxSystemInfo &info = m_systems.at(index.row());
    const bool running = m_server && m_server->isRunning();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == RawValueRole) {
        switch (index.column()) {
        case SystemColumn:
            return role == RawValueRole ? QVariant(info.key) : QVariant(systemName(info.id));
        case VendorColumn:
            return info.vendor;
        case AddressColumn:
            if (role == RawValueRole)
                return info.port;
            return running ? info.baseUrl.toString() : tr("not running");
        case SignInColumn:
            return signInText(info.credentials);
        case RequestsColumn: {
            const quint64 count = m_server ? m_server->requestCount(info.id) : 0;
            return role == RawValueRole ? QVariant(count) : QVariant(QLocale().toString(count));
        }
        case FaultsColumn:
            return m_server ? faultSummary(m_server->faults(info.id)) : QString();
        }
    } else if (role == ObjectIdRole) {
        return info.key;
    } else if (role == Qt::TextAlignmentRole && index.column() == RequestsColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant SandboxSystemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SystemColumn:
        return tr("System");
    case VendorColumn:
        return tr("Imitates");
    case AddressColumn:
        return tr("Address");
    case SignInColumn:
        return tr("Sign in with");
    case RequestsColumn:
        return tr("Requests");
    case FaultsColumn:
        return tr("Faults");
    }
    return {};
}

} // namespace crmbridge
