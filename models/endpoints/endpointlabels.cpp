#include "models/endpoints/endpointlabels.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>

namespace crmbridge {

QString EndpointLabels::kind(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::Crm:
        return tr("CRM");
    case EndpointKind::Erp:
        return tr("ERP");
    case EndpointKind::Helpdesk:
        return tr("Helpdesk");
    case EndpointKind::Marketing:
        return tr("Marketing");
    case EndpointKind::File:
        return tr("File");
    }
    return {};
}

QString EndpointLabels::protocol(Protocol protocol)
{
    switch (protocol) {
    case Protocol::RestJson:
        return tr("REST / JSON");
    case Protocol::SoapXml:
        return tr("SOAP / XML");
    case Protocol::File:
        return tr("File (CSV, JSON, XML)");
    }
    return {};
}

QString EndpointLabels::auth(AuthKind kind)
{
    switch (kind) {
    case AuthKind::None:
        return tr("None");
    case AuthKind::Basic:
        return tr("Basic (user name and password)");
    case AuthKind::Bearer:
        return tr("Bearer token");
    case AuthKind::ApiKeyHeader:
        return tr("API key in a header");
    case AuthKind::ApiKeyQuery:
        return tr("API key in the query");
    case AuthKind::OAuth2ClientCredentials:
        return tr("OAuth 2.0 client credentials");
    }
    return {};
}

QString EndpointLabels::pagination(PaginationStyle style)
{
    switch (style) {
    case PaginationStyle::None:
        return tr("None (one response)");
    case PaginationStyle::PageNumber:
        return tr("Page number");
    case PaginationStyle::OffsetCount:
        return tr("Offset and count");
    case PaginationStyle::CursorBody:
        return tr("Cursor in the body");
    case PaginationStyle::NextUrlBody:
        return tr("Next URL in the body");
    case PaginationStyle::LinkHeader:
        return tr("Link header");
    }
    return {};
}

QIcon EndpointLabels::kindIcon(EndpointKind kind)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    QColor colour;
    switch (kind) {
    case EndpointKind::Crm:
        colour = QColor(0x25, 0x63, 0xeb);
        break;
    case EndpointKind::Erp:
        colour = QColor(0x05, 0x96, 0x69);
        break;
    case EndpointKind::Helpdesk:
        colour = QColor(0xd9, 0x77, 0x06);
        break;
    case EndpointKind::Marketing:
        colour = QColor(0xc0, 0x26, 0xd3);
        break;
    case EndpointKind::File:
        colour = QColor(0x64, 0x74, 0x8b);
        break;
    }
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(1, 1, 30, 30);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(16);
    painter.setFont(font);
    painter.drawText(QRect(0, 0, 32, 32), Qt::AlignCenter, toString(kind).left(1).toUpper());
    painter.end();
    return QIcon(pixmap);
}

QList<EndpointKind> EndpointLabels::kinds()
{
    return { EndpointKind::Crm, EndpointKind::Erp, EndpointKind::Helpdesk, EndpointKind::Marketing,
             EndpointKind::File };
}

QList<Protocol> EndpointLabels::protocols()
{
    return { Protocol::RestJson, Protocol::SoapXml, Protocol::File };
}

QList<AuthKind> EndpointLabels::authKinds()
{
    return { AuthKind::None,         AuthKind::Basic,       AuthKind::Bearer,
             AuthKind::ApiKeyHeader, AuthKind::ApiKeyQuery, AuthKind::OAuth2ClientCredentials };
}

QList<PaginationStyle> EndpointLabels::paginationStyles()
{
    return { PaginationStyle::None,       PaginationStyle::PageNumber,  PaginationStyle::OffsetCount,
             PaginationStyle::CursorBody, PaginationStyle::NextUrlBody, PaginationStyle::LinkHeader };
}

} // namespace crmbridge
