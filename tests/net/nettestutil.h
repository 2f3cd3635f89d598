#pragma once

#include "core/net/httpclient.h"
#include "testhttpserver.h"

#include <QTest>

#include <optional>

namespace crmbridge::test {

/// Sends a request and waits (event loop running, no sleep) for its answer.
inline std::optional<HttpResponse> fetch(HttpClient &client, const HttpRequest &request, int timeoutMs = 30000)
{
    std::optional<HttpResponse> result;
    HttpCall *call = client.send(request);
    const auto connection =
        QObject::connect(call, &HttpCall::finished, &client, [&result](const HttpResponse &r) { result = r; });
    if (!QTest::qWaitFor([&result]() { return result.has_value(); }, timeoutMs))
        QObject::disconnect(connection); // `result` is about to go away
    return result;
}

inline HttpRequest get(const QString &path, QList<QPair<QString, QString>> query = {})
{
    HttpRequest r;
    r.path = path;
    r.query = std::move(query);
    return r;
}

inline Endpoint endpointFor(const TestHttpServer &server, const QString &name = QStringLiteral("Test API"))
{
    Endpoint e;
    e.name = name;
    e.baseUrl = server.baseUrl();
    e.timeoutMs = 10000;
    e.retry.baseDelayMs = 20;
    e.retry.maxDelayMs = 100;
    return e;
}

} // namespace crmbridge::test
