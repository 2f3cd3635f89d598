#pragma once

#include "ui/shell/page.h"

#include <QList>
#include <QString>

#include <functional>

namespace crmbridge {

/// How a feature contributes a page: an id, its place in the navigator, and a factory.
struct PageFactory
{
    QString id;
    int order = 0; ///< Overview 0, Endpoints 10, Mappings 20, Syncs 30, Orders 40, Reconcile 50, Activity 60
    std::function<Page *(PageContext &context, QWidget *parent)> create;
};

/// The pages the window shows, in navigator order. Filled by the composition root from each
/// feature's register function (registerWorkspacePages, later registerEndpointPages, …).
class PageRegistry
{
public:
    void add(PageFactory factory);
    QList<PageFactory> factories() const; ///< sorted by order

private:
    QList<PageFactory> m_factories;
};

/// ui/workspace: the Workspace overview page.
void registerWorkspacePages(PageRegistry &registry);
/// ui/endpoints: the Endpoints page.
void registerEndpointPages(PageRegistry &registry);
/// ui/activity: the Activity page.
void registerActivityPages(PageRegistry &registry);
/// ui/mapping: the Mappings page.
void registerMappingPages(PageRegistry &registry);
/// ui/sync: the Syncs page.
void registerSyncPages(PageRegistry &registry);
/// ui/orders: the Orders page.
void registerOrderPages(PageRegistry &registry);

} // namespace crmbridge
