#pragma once

#include "core/net/httpmessage.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace crmbridge {

/// Removes secrets from what the network layer shows or stores: header values of Authorization,
/// Proxy-Authorization, Cookie, Set-Cookie and any header or query parameter whose name says key,
/// token, secret, password, signature or session; the password part of a URL; and the bytes of
/// every secret value it was told about (raw, percent-encoded and Base64), wherever they appear.
///
/// Guarantee: what comes out of url(), headers(), text() and curlCommand() never holds the bytes
/// of a sensitive name's value or of a registered secret.
class Redactor
{
public:
    static constexpr const char *Mask = "[REDACTED]";

    /// A secret value to hide wherever it turns up (tokens, API keys, passwords).
    void addSecret(const QByteArray &value);
    /// A header or query parameter name to treat as sensitive besides the built-in ones.
    void addSensitiveName(const QString &name);

    bool isSensitiveName(QStringView name) const;

    QString url(const QUrl &url) const;
    HttpHeaders headers(const HttpHeaders &headers) const;
    QByteArray text(const QByteArray &bytes) const;
    QString text(const QString &text) const;

    /// "Copy as cURL", with everything sensitive masked.
    QString curlCommand(const QByteArray &method, const QUrl &url, const HttpHeaders &headers,
                        const QByteArray &body) const;
    /// The same command from parts that are already masked (url(), headers(), text() output) —
    /// how the Activity page rebuilds it from a recorded exchange.
    static QString curlFrom(const QString &method, const QString &safeUrl, const QList<QPair<QString, QString>> &safeHeaders,
                            const QString &safeBody);

private:
    QList<QByteArray> m_secrets;
    QList<QString> m_names;
};

} // namespace crmbridge
