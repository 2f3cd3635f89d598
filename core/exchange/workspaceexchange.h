#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QString>

namespace crmbridge {

class Workspace;

/// How many objects of each kind an export wrote or an import read.
struct ExchangeSummary
{
    int environments = 0;
    int endpoints = 0;
    int entities = 0;
    int mappings = 0;
};

/// A workspace as readable, diffable text files — one file per object, stable key order, no
/// secret values (the stores never hold any): `environments/NAME.json`,
/// `endpoints/NAME/endpoint.json`, `endpoints/NAME/entities/ENTITY.json`, `mappings/NAME.json`
/// (docs/workspace-format.md). Import reads the same tree back into a workspace, replacing
/// objects of the same name, all in one transaction: a bad file changes nothing and is named.
class WorkspaceExchange
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceExchange)

public:
    static Result<ExchangeSummary> exportTo(Workspace &workspace, const QString &dir);
    static Result<ExchangeSummary> importFrom(Workspace &workspace, const QString &dir);

    /// A file-name-safe form of an object name ("Demo CRM" → "demo-crm").
    static QString slug(const QString &name);
};

} // namespace crmbridge
