#include "models/activity/activitydetails.h"

#include "core/net/redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace crmbridge {

static ActivityDetails::Headers headersAt(const ActivityEntry &entry, const QString &side)
{
    ActivityDetails::Headers headers;
    const QJsonArray array = entry.details.value(side).toObject().value(QStringLiteral("headers")).toArray();
    for (const QJsonValue &v : array) {
        const QJsonArray pair = v.toArray();
        headers.append({ pair.at(0).toString(), pair.at(1).toString() });
    }
    return headers;
}

ActivityDetails::Headers ActivityDetails::requestHeaders(const ActivityEntry &entry)
{
    return headersAt(entry, QStringLiteral("request"));
}

ActivityDetails::Headers ActivityDetails::responseHeaders(const ActivityEntry &entry)
{
    return headersAt(entry, QStringLiteral("response"));
}

QString ActivityDetails::requestBody(const ActivityEntry &entry)
{
    return entry.details.value(QStringLiteral("request")).toObject().value(QStringLiteral("body")).toString();
}

QString ActivityDetails::responseBody(const ActivityEntry &entry)
{
    return entry.details.value(QStringLiteral("response"))
        .toObject()
        .value(QStringLiteral("body"))
        .toString();
}

QString ActivityDetails::curl(const ActivityEntry &entry)
{
    // Recorded whole only when the request body was longer than the excerpt; otherwise rebuilt
    // from the recorded (already masked) method, URL, headers and body.
    const QString stored = entry.details.value(QStringLiteral("curl")).toString();
    if (!stored.isEmpty() || entry.method.isEmpty() || entry.url.isEmpty())
        return stored;
    return Redactor::curlFrom(entry.method, entry.url, requestHeaders(entry), requestBody(entry));
}

QString ActivityDetails::context(const ActivityEntry &entry)
{
    const QString note = entry.details.value(QStringLiteral("note")).toString();
    const QString context = entry.details.value(QStringLiteral("context")).toString();
    return note.isEmpty() ? context : note;
}

QString ActivityDetails::header(const Headers &headers, const QString &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

static QString prettyXml(const QString &text, bool *ok)
{
    QString out;
    QXmlStreamReader reader(text);
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isWhitespace())
            continue;
        if (reader.hasError())
            break;
        writer.writeCurrentToken(reader);
    }
    *ok = !reader.hasError() || reader.error() == QXmlStreamReader::PrematureEndOfDocumentError;
    return out;
}

QString ActivityDetails::pretty(const QString &body, const QString &contentType)
{
    if (body.isEmpty())
        return {};
    QString text = body.left(MaxShownChars);
    const QString trimmed = text.trimmed();
    QString result = text;
    const bool looksJson = contentType.contains(QStringLiteral("json"))
        || trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['));
    const bool looksXml = contentType.contains(QStringLiteral("xml")) || trimmed.startsWith(QLatin1Char('<'));
    bool cut = false;
    if (looksJson) {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError)
            result = QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
        else
            cut = error.error == QJsonParseError::UnterminatedObject
                || error.error == QJsonParseError::UnterminatedArray
                || error.error == QJsonParseError::UnterminatedString
                || error.error == QJsonParseError::IllegalValue;
    } else if (looksXml) {
        bool ok = false;
        const QString xml = prettyXml(trimmed, &ok);
        if (ok && !xml.isEmpty())
            result = xml;
    }
    if (body.size() > MaxShownChars || cut)
        result += QLatin1Char('\n')
            + tr("… (cut: the activity record keeps the first %1 bytes of each body)")
                  .arg(ActivityRecorder::DetailBytes);
    return result;
}

} // namespace crmbridge
