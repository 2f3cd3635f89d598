#include "core/endpoints/jsonreader.h"

namespace crmbridge {

JsonReader::JsonReader(QJsonObject object, QString where, QString path)
    : m_object(std::move(object)), m_where(std::move(where)), m_path(std::move(path))
{
}

QString JsonReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString &key, const QString &what)
{
    if (m_error)
        return;
    const QString location = m_where.isEmpty() ? pathOf(key) : m_where + QStringLiteral(": ") + pathOf(key);
    m_error = Error::input(what, location, tr("Fix the value in the file and load it again."));
}

void JsonReader::absorb(const JsonReader &child)
{
    if (!m_error && !child.ok())
        m_error = child.error();
}

void JsonReader::absorb(const Error &error)
{
    if (!m_error)
        m_error = error;
}

QString JsonReader::string(const QString &key, const QString &fallback)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString()) {
        fail(key, tr("Expected text"));
        return fallback;
    }
    return value.toString();
}

bool JsonReader::boolean(const QString &key, bool fallback)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        fail(key, tr("Expected true or false"));
        return fallback;
    }
    return value.toBool();
}

qint64 JsonReader::integer(const QString &key, qint64 fallback, qint64 minimum)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble(-1.0);
    if (!value.isDouble() || number != double(qint64(number))) {
        fail(key, tr("Expected a whole number"));
        return fallback;
    }
    if (qint64(number) < minimum) {
        fail(key, tr("Expected a number of at least %1").arg(minimum));
        return fallback;
    }
    return qint64(number);
}

QJsonObject JsonReader::object(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject()) {
        fail(key, tr("Expected an object"));
        return {};
    }
    return value.toObject();
}

QJsonArray JsonReader::array(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        fail(key, tr("Expected a list"));
        return {};
    }
    return value.toArray();
}

JsonReader JsonReader::child(const QString &key)
{
    return JsonReader(object(key), m_where, pathOf(key));
}

} // namespace crmbridge
