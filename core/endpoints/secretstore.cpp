#include "core/endpoints/secretstore.h"

#include <qt6keychain/keychain.h>

#include <QMetaObject>

namespace crmbridge {

SecretStore::SecretStore(QString service, QObject *parent) : QObject(parent), m_service(std::move(service))
{
    m_keychainEnabled = qEnvironmentVariableIsEmpty("CRMBRIDGE_NO_KEYCHAIN");
}

QString SecretStore::describe(Source source)
{
    switch (source) {
    case Source::Session:
        return tr("kept for this session only");
    case Source::EnvironmentVariable:
        return tr("read from an environment variable");
    case Source::Keychain:
        return tr("stored in the system keychain");
    }
    return {};
}

template<typename Callback, typename Value>
void SecretStore::deliver(QObject *context, Callback done, Value value)
{
    // Always later, never from inside read()/write(): callers see one behaviour for every source.
    QMetaObject::invokeMethod(
        context ? context : this, [done = std::move(done), value = std::move(value)]() { done(value); },
        Qt::QueuedConnection);
}

void SecretStore::setSessionSecret(const QString &key, const QByteArray &value)
{
    m_session.insert(key, value);
}

void SecretStore::read(const SecretRef &ref, QObject *context, ReadCallback done)
{
    if (ref.isEmpty()) {
        deliver(context, std::move(done),
                Result<QByteArray>(Error::config(tr("No secret is configured"), {},
                                                 tr("Name a keychain entry or an environment variable for it."))));
        return;
    }
    if (!ref.key.isEmpty() && m_session.contains(ref.key)) {
        deliver(context, std::move(done), Result<QByteArray>(m_session.value(ref.key)));
        return;
    }
    if (!ref.envVar.isEmpty() && qEnvironmentVariableIsSet(ref.envVar.toLocal8Bit().constData())) {
        deliver(context, std::move(done), Result<QByteArray>(qgetenv(ref.envVar.toLocal8Bit().constData())));
        return;
    }
    const auto missing = [ref](const QString &why) {
        QString hint = ref.envVar.isEmpty()
                           ? tr("Enter the secret for this session, or name an environment variable for it.")
                           : tr("Set the environment variable %1, or enter the secret for this session.").arg(ref.envVar);
        return Error::config(tr("The secret is not available: %1").arg(why), ref.describe(), hint);
    };
    if (!m_keychainEnabled || ref.key.isEmpty()) {
        const QString why = ref.key.isEmpty() ? tr("the environment variable is not set")
                                              : tr("no keychain is in use");
        deliver(context, std::move(done), Result<QByteArray>(missing(why)));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(ref.key);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [this, job, ref, guard, hadContext, missing, done = std::move(done)]() {
        if (hadContext && guard.isNull())
            return; // the asker is gone
        if (job->error() == QKeychain::NoError) {
            m_session.insert(ref.key, job->binaryData()); // one keychain prompt per session
            deliver(guard.data(), done, Result<QByteArray>(job->binaryData()));
        } else if (job->error() == QKeychain::EntryNotFound) {
            deliver(guard.data(), done, Result<QByteArray>(missing(tr("the keychain has no such entry"))));
        } else {
            deliver(guard.data(), done,
                    Result<QByteArray>(missing(tr("the keychain answered: %1").arg(job->errorString()))));
        }
    });
    job->start();
}

void SecretStore::write(const SecretRef &ref, const QByteArray &value, QObject *context, WriteCallback done)
{
    if (ref.key.isEmpty()) {
        deliver(context, std::move(done),
                Result<Source>(Error::config(tr("This secret has no keychain entry name"), ref.describe(),
                                             tr("Give the secret a keychain entry name, or set its environment "
                                                "variable instead."))));
        return;
    }
    m_session.insert(ref.key, value);
    if (!m_keychainEnabled) {
        deliver(context, std::move(done), Result<Source>(Source::Session));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(ref.key);
    job->setBinaryData(value);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, hadContext, done = std::move(done)]() {
        if (hadContext && guard.isNull())
            return;
        // Where the keychain fails the value stays in session memory; the caller tells the user
        // that it is kept for this session only.
        deliver(guard.data(), done,
                Result<Source>(job->error() == QKeychain::NoError ? Source::Keychain : Source::Session));
    });
    job->start();
}

void SecretStore::remove(const SecretRef &ref, QObject *context, RemoveCallback done)
{
    m_session.remove(ref.key);
    if (!m_keychainEnabled || ref.key.isEmpty()) {
        deliver(context, std::move(done), Status());
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(ref.key);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [this, job, ref, guard, hadContext, done = std::move(done)]() {
        if (hadContext && guard.isNull())
            return;
        const bool fine = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound
                          || job->error() == QKeychain::NoBackendAvailable;
        deliver(guard.data(), done,
                fine ? Status()
                     : Status(Error::config(tr("Could not remove the secret from the keychain: %1").arg(job->errorString()),
                                            ref.describe())));
    });
    job->start();
}

} // namespace crmbridge
