#pragma once

#include "core/endpoints/endpoint.h"
#include "core/endpoints/entity.h"

#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QString>

namespace crmbridge {

/// Translated names and small icons for the endpoint enums, shared by the endpoint models and the
/// editor's combo boxes (so that a kind reads the same everywhere).
class EndpointLabels
{
    Q_DECLARE_TR_FUNCTIONS(EndpointLabels)

public:
    static QString kind(EndpointKind kind);
    static QString protocol(Protocol protocol);
    static QString auth(AuthKind kind);
    static QString pagination(PaginationStyle style);
    /// A round badge in the kind's colour with its initial; painted, so no image file per kind.
    static QIcon kindIcon(EndpointKind kind);

    static QList<EndpointKind> kinds();
    static QList<Protocol> protocols();
    static QList<AuthKind> authKinds();
    static QList<PaginationStyle> paginationStyles();
};

} // namespace crmbridge
