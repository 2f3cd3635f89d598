#pragma once

#include "core/common/result.h"
#include "core/endpoints/endpoint.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace crmbridge {

/// Where secrets live: the OS keychain through QtKeychain when a backend works; else the
/// environment variable the endpoint names; else memory, for this session only.
///
/// Guarantees: a secret value is never written anywhere but the keychain (no workspace row, no
/// file, no log line); every read and write is asynchronous — the answer comes through the
/// callback, later, in the context object's thread, and never from a nested event loop. A callback
/// whose context object is gone is not called.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Source {
        Session,             ///< memory of this process; lost when it ends
        EnvironmentVariable, ///< the variable named in the SecretRef
        Keychain,            ///< the OS keychain (Secret Service, KWallet, macOS, Windows)
    };
    Q_ENUM(Source)

    using ReadCallback = std::function<void(const Result<QByteArray> &)>;
    using WriteCallback = std::function<void(const Result<Source> &)>;
    using RemoveCallback = std::function<void(const Status &)>;

    /// `service` names the keychain collection; tests pass their own so they never meet the
    /// user's entries.
    explicit SecretStore(QString service = QStringLiteral("CRM Bridge"), QObject *parent = nullptr);

    /// Off when the environment variable CRMBRIDGE_NO_KEYCHAIN is set (headless servers, CI).
    bool keychainEnabled() const { return m_keychainEnabled; }
    void setKeychainEnabled(bool enabled) { m_keychainEnabled = enabled; }

    /// Looks in session memory, then the environment variable, then the keychain.
    void read(const SecretRef &ref, QObject *context, ReadCallback done);
    /// Stores in the keychain; where none works, keeps the value for this session and says so.
    void write(const SecretRef &ref, const QByteArray &value, QObject *context, WriteCallback done);
    /// Forgets the secret in memory and the keychain (environment variables are the user's).
    void remove(const SecretRef &ref, QObject *context, RemoveCallback done);

    /// Keeps a value for this session only (a secret typed in when no keychain works).
    void setSessionSecret(const QString &key, const QByteArray &value);
    void forgetSessionSecrets() { m_session.clear(); }

    static QString describe(Source source);

private:
    template<typename Callback, typename Value>
    void deliver(QObject *context, Callback done, Value value);

    QString m_service;
    bool m_keychainEnabled = true;
    QHash<QString, QByteArray> m_session;
};

} // namespace crmbridge
