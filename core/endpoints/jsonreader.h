#pragma once

#include "core/common/error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace crmbridge {

/// Reads typed fields from a JSON object and remembers the first problem with its path
/// ("endpoint.json: retry.maxAttempts"), so fromJson() functions stay linear and every error
/// names the field. A missing field keeps the caller's default.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    JsonReader(QJsonObject object, QString where, QString path = {});

    QString string(const QString &key, const QString &fallback = {});
    bool boolean(const QString &key, bool fallback);
    qint64 integer(const QString &key, qint64 fallback, qint64 minimum = 0);
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key);
    JsonReader child(const QString &key);

    /// Records a problem with `key` (keeps the first one only).
    void fail(const QString &key, const QString &what);
    void absorb(const JsonReader &child);
    void absorb(const Error &error);

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    QString pathOf(const QString &key) const;
    QString where() const { return m_where; }

private:
    QJsonObject m_object;
    QString m_where;
    QString m_path;
    std::optional<Error> m_error;
};

} // namespace crmbridge
