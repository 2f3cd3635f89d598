#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace crmbridge {

/// Turns a YAML document (yaml-cpp) into the same QJsonValue tree QJsonDocument gives for JSON,
/// so one importer reads both. Plain scalars follow the YAML 1.2 core schema (null, true/false,
/// integers, floats); quoted scalars stay text. Errors name the line and column.
class YamlJson
{
    Q_DECLARE_TR_FUNCTIONS(YamlJson)

public:
    static Result<QJsonValue> parse(const QByteArray &yaml, const QString &where);
    /// JSON when the bytes start with '{' or '[' (after whitespace), YAML otherwise.
    static Result<QJsonValue> parseJsonOrYaml(const QByteArray &bytes, const QString &where);
};

} // namespace crmbridge
