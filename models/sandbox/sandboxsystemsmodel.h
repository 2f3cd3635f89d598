#pragma once

#include "core/sandbox/sandboxtypes.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace crmbridge {

class SandboxServer;

/// The sandbox's systems for the Sandbox panel: name, the API it imitates, address, how to sign
/// in, requests answered and the faults switched on. Follows the server's signals; request counts
/// arrive throttled, as one dataChanged over the Requests column.
class SandboxSystemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SystemColumn, VendorColumn, AddressColumn, SignInColumn, RequestsColumn, FaultsColumn, ColumnCount };

    explicit SandboxSystemsModel(SandboxServer *server, QObject *parent = nullptr);

    SandboxSystemId systemAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString systemName(SandboxSystemId id);
    /// "5xx 10 %, 429 5 %, +200 ms" — or "none".
    static QString faultSummary(const SandboxFaults &faults);
    /// "Bearer …", "Basic user / password", "none": what a person types into another client.
    static QString signInText(const SandboxCredentials &credentials);

private:
    void reload();

    QPointer<SandboxServer> m_server;
    QList<SandboxSystemInfo> m_systems;
};

} // namespace crmbridge
