#include "core/net/redactor.h"

#include <QUrlQuery>

#include <algorithm>

namespace crmbridge {

void Redactor::addSecret(const QByteArray &value)
{
    // Very short values would mask half of every body; real secrets are longer.
    if (value.size() < 4)
        return;
    const QList<QByteArray> forms{value, value.toPercentEncoding(), value.toBase64(),
                                  value.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
    for (const QByteArray &form : forms) {
        if (!m_secrets.contains(form))
            m_secrets.append(form);
    }
    // Longest first, so a secret that contains another is masked whole.
    std::sort(m_secrets.begin(), m_secrets.end(), [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
}

void Redactor::addSensitiveName(const QString &name)
{
    if (!name.isEmpty() && !m_names.contains(name.toLower()))
        m_names.append(name.toLower());
}

bool Redactor::isSensitiveName(QStringView name) const
{
    const QString lower = name.toString().toLower();
    static const char *const exact[] = {"authorization", "proxy-authorization", "cookie", "set-cookie",
                                        "code", "x-amz-security-token"};
    for (const char *e : exact) {
        if (lower == QLatin1String(e))
            return true;
    }
    static const char *const parts[] = {"key", "token", "secret", "password", "passwd", "signature", "session",
                                        "auth", "credential"};
    for (const char *part : parts) {
        if (lower.contains(QLatin1String(part)))
            return true;
    }
    return m_names.contains(lower);
}

QByteArray Redactor::text(const QByteArray &bytes) const
{
    QByteArray out = bytes;
    for (const QByteArray &secret : m_secrets)
        out.replace(secret, Mask);
    return out;
}

QString Redactor::text(const QString &value) const
{
    return QString::fromUtf8(text(value.toUtf8()));
}

QString Redactor::url(const QUrl &input) const
{
    QUrl url = input;
    if (!url.password().isEmpty())
        url.setPassword(QString::fromLatin1(Mask));
    if (url.hasQuery()) {
        QUrlQuery query(url);
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
        for (auto &item : items) {
            if (isSensitiveName(QUrl::fromPercentEncoding(item.first.toUtf8())))
                item.second = QString::fromLatin1(Mask);
        }
        QUrlQuery redacted;
        redacted.setQueryItems(items);
        url.setQuery(redacted.query(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    return text(url.toString(QUrl::FullyEncoded));
}

HttpHeaders Redactor::headers(const HttpHeaders &input) const
{
    HttpHeaders out;
    out.reserve(input.size());
    for (const auto &header : input) {
        if (isSensitiveName(QString::fromLatin1(header.first)))
            out.append({header.first, QByteArray(Mask)});
        else
            out.append({header.first, text(header.second)});
    }
    return out;
}

static QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString Redactor::curlCommand(const QByteArray &method, const QUrl &target, const HttpHeaders &input,
                              const QByteArray &body) const
{
    QList<QPair<QString, QString>> safe;
    for (const auto &header : headers(input))
        safe.append({QString::fromLatin1(header.first), QString::fromUtf8(header.second)});
    return curlFrom(QString::fromLatin1(method), url(target), safe, QString::fromUtf8(text(body)));
}

QString Redactor::curlFrom(const QString &method, const QString &safeUrl, const QList<QPair<QString, QString>> &safeHeaders,
                           const QString &safeBody)
{
    QString command = QStringLiteral("curl");
    if (method.toUpper() != QLatin1String("GET") || !safeBody.isEmpty())
        command += QStringLiteral(" -X ") + method.toUpper();
    command += QLatin1Char(' ') + shellQuote(safeUrl);
    for (const auto &header : safeHeaders)
        command += QStringLiteral(" -H ") + shellQuote(header.first + QStringLiteral(": ") + header.second);
    if (!safeBody.isEmpty())
        command += QStringLiteral(" --data-binary ") + shellQuote(safeBody);
    return command;
}

} // namespace crmbridge
