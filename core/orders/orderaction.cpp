#include "core/orders/orderaction.h"

#include "core/mapping/formula/compiler.h"
#include "core/mapping/value/valuejson.h"
#include "core/net/httpclient.h"
#include "core/net/soapclient.h"
#include "core/orders/orderservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QPointer>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace crmbridge::orders {

namespace {

mapping::CompileEnvironment environmentFor(const Lifecycle &lifecycle)
{
    mapping::CompileEnvironment env;
    for (const mapping::ValueMap &map : lifecycle.valueMaps)
        env.valueMaps.insert(map.name(), std::make_shared<const mapping::ValueMap>(map));
    return env;
}

mapping::Value toValue(const QJsonObject &record)
{
    mapping::JsonValueReader reader;
    auto value = reader.parse(QJsonDocument(record).toJson(QJsonDocument::Compact));
    return value ? value.value() : mapping::Value();
}

QJsonValue toJsonValue(const mapping::Value &value)
{
    if (value.isMissing())
        return QJsonValue(QJsonValue::Null);
    const QByteArray wrapped = "[" + mapping::toJson(value) + "]";
    return QJsonDocument::fromJson(wrapped).array().at(0);
}

// A field by dotted path with [n] indexes ("Order.Version", "lines[0].sku").
QJsonValue valueAt(const QJsonValue &root, const QString &path)
{
    QJsonValue current = root;
    static const QRegularExpression part(u"([^.\\[\\]]+)|\\[(\\d+)\\]"_s);
    auto it = part.globalMatch(path);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty())
            current = current.toObject().value(m.captured(1));
        else
            current = current.toArray().at(m.captured(2).toInt());
    }
    return current;
}

QJsonValue bodyJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return QString::fromUtf8(body.left(4096));
}

Error serverError(const QString &what, const QString &where, const QString &hint)
{
    Error e;
    e.kind = Error::Kind::Server;
    e.what = what;
    e.where = where;
    e.hint = hint;
    return e;
}

} // namespace

QJsonObject OrderFormulas::record(const Order &order, const QString &transition, const QString &from, const QString &to)
{
    QJsonObject record = order.data;
    record.insert(u"step"_s, QJsonObject{{u"transition"_s, transition}, {u"from"_s, from}, {u"to"_s, to}});
    record.insert(u"state"_s, order.state);
    return record;
}

std::optional<QString> OrderFormulas::guardFails(const Lifecycle &lifecycle, const QString &guard, const QJsonObject &record)
{
    if (guard.trimmed().isEmpty())
        return std::nullopt;
    mapping::FormulaError error;
    const auto formula = mapping::Formula::compile(guard, environmentFor(lifecycle), &error);
    if (!formula)
        return tr("the guard does not compile at %1").arg(error.text());
    const mapping::Value value = toValue(record);
    if (!value.isObject())
        return tr("the order's data is not an object");
    mapping::EvalContext context;
    const mapping::Value verdict = formula->evaluate(value.object(), context);
    if (verdict.isError())
        return tr("the guard %1 failed: %2").arg(guard, verdict.errorMessage());
    if (!verdict.isTruthy())
        return tr("the guard %1 is false for this order").arg(guard);
    return std::nullopt;
}

QStringList OrderFormulas::missingFields(const QStringList &fields, const QJsonObject &record)
{
    QStringList missing;
    for (const QString &field : fields) {
        const QJsonValue v = valueAt(record, field);
        const bool blank = v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())
            || (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty());
        if (blank)
            missing.append(field);
    }
    return missing;
}

Result<QJsonObject> OrderFormulas::fill(const Lifecycle &lifecycle, const QJsonObject &bodyTemplate, const QJsonObject &record,
                                        const QString &where)
{
    const mapping::CompileEnvironment env = environmentFor(lifecycle);
    const mapping::Value value = toValue(record);
    mapping::EvalContext context;
    std::optional<Error> failure;
    std::function<QJsonValue(const QJsonValue &, const QString &)> walk = [&](const QJsonValue &v, const QString &path) -> QJsonValue {
        if (failure)
            return {};
        if (v.isString() && v.toString().startsWith(QLatin1Char('='))) {
            mapping::FormulaError error;
            const auto formula = mapping::Formula::compile(v.toString().mid(1), env, &error);
            if (!formula) {
                failure = Error::config(tr("The body field %1 does not compile: %2").arg(path, error.text()), where,
                                        tr("Fix the lifecycle's action template."));
                return {};
            }
            const mapping::Value result = formula->evaluate(value.object(), context);
            if (result.isError()) {
                failure = Error::input(tr("The body field %1 could not be computed: %2").arg(path, result.errorMessage()), where,
                                       tr("Check the order's data, or the action template."));
                return {};
            }
            return toJsonValue(result);
        }
        if (v.isObject()) {
            QJsonObject out;
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                out.insert(it.key(), walk(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key()));
            return out;
        }
        if (v.isArray()) {
            QJsonArray out;
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                out.append(walk(a.at(i), path + u"[%1]"_s.arg(i)));
            return out;
        }
        return v;
    };
    if (!value.isObject())
        return Error::internal(tr("The order's data is not an object"), where);
    const QJsonObject out = walk(bodyTemplate, {}).toObject();
    if (failure)
        return *failure;
    return out;
}

Result<QString> OrderFormulas::path(const QString &pathTemplate, const QJsonObject &record, const QString &where)
{
    static const QRegularExpression field(u"(?<!\\{)\\{([^{}]+)\\}(?!\\})"_s);
    QString out;
    qsizetype last = 0;
    auto it = field.globalMatch(pathTemplate);
    while (it.hasNext()) {
        const auto m = it.next();
        const QJsonValue v = valueAt(record, m.captured(1).trimmed());
        const QString text = v.isDouble() ? QString::number(v.toInteger()) : v.toString();
        if (text.isEmpty())
            return Error::input(tr("The order has no %1 for the path %2").arg(m.captured(1), pathTemplate), where,
                                tr("Fill the field first (for the ERP id: run the transition that creates the order in the ERP, "
                                   "or import the order from the ERP)."));
        out += pathTemplate.mid(last, m.capturedStart() - last) + QString::fromLatin1(QUrl::toPercentEncoding(text));
        last = m.capturedEnd();
    }
    return QString(out + pathTemplate.mid(last));
}

void ActionRunner::run(OrderService &service, ActionInput input, QObject *context, std::function<void(const ActionOutcome &)> done)
{
    QPointer<QObject> guard(context);
    auto *runner = new ActionRunner(service, std::move(input), [guard, done = std::move(done)](const ActionOutcome &outcome) {
        if (guard)
            done(outcome);
    });
    runner->start();
}

ActionRunner::ActionRunner(OrderService &service, ActionInput input, std::function<void(const ActionOutcome &)> done)
    : QObject(&service), m_service(service), m_input(std::move(input)), m_done(std::move(done))
{
    m_etag = m_input.order.etag();
}

void ActionRunner::start()
{
    const LifecycleAction &a = m_input.transition.action;
    if (a.kind == LifecycleAction::Kind::None) {
        finish({});
        return;
    }
    if (a.kind == LifecycleAction::Kind::Soap) {
        sendSoap();
        return;
    }
    if (a.ifMatch && m_etag.isEmpty())
        readThenSend();
    else
        send();
}

void ActionRunner::readCurrent(std::function<void(const HttpResponse &, const QJsonObject &)> then)
{
    const LifecycleAction &a = m_input.transition.action;
    const QString where = tr("order %1, reading it from the ERP").arg(m_input.order.id);
    auto client = m_service.client(a.endpoint);
    const QJsonObject record = OrderFormulas::record(m_input.order, m_input.transition.name, m_input.from, m_input.transition.to);
    auto path = OrderFormulas::path(a.path, record, where);
    if (!client || !path) {
        HttpResponse none;
        none.error = !client ? client.error() : path.error();
        then(none, {});
        return;
    }
    HttpRequest request;
    request.method = "GET";
    request.path = path.value();
    request.context = where;
    client.value()->send(request, this, [then](const HttpResponse &r) { then(r, QJsonDocument::fromJson(r.body).object()); });
}

void ActionRunner::readThenSend()
{
    readCurrent([this](const HttpResponse &r, const QJsonObject &current) {
        if (!r.ok()) {
            // Without the ETag the change cannot be made safely: report why it could not be read.
            m_outcome.request = QJsonObject{{u"method"_s, u"GET"_s}, {u"url"_s, r.displayUrl}};
            m_outcome.response = QJsonObject{{u"status"_s, r.status}, {u"body"_s, bodyJson(r.body)}};
            m_outcome.httpStatus = r.status;
            m_outcome.retryable = r.status == 0 || r.status >= 500 || r.status == 429 || r.status == 408;
            fail(m_outcome.retryable ? StepResult::Failure::Network : StepResult::Failure::Rejected,
                 r.error.value_or(Error::internal(tr("No answer"))));
            return;
        }
        const QString etag = QString::fromLatin1(r.header("ETag"));
        m_etag = etag;
        const auto target = m_input.lifecycle.codeForState(Lifecycle::ErpStatusMap, m_input.transition.to);
        if (m_input.acceptAlreadyApplied && target && current.value(u"status"_s).toString() == *target) {
            // A repeated delivery (the worker died before it could record the answer): the ERP
            // already took this step, so it is not sent again.
            m_outcome.request = QJsonObject{{u"method"_s, u"GET"_s}, {u"url"_s, r.displayUrl}};
            m_outcome.response = QJsonObject{{u"status"_s, r.status}, {u"already_applied"_s, true}, {u"body"_s, current}};
            m_outcome.orderFields = QJsonObject{{u"erp_status"_s, current.value(u"status"_s)},
                                                {u"erp_version"_s, current.value(u"version"_s)},
                                                {u"erp_etag"_s, etag}};
            finish(m_outcome);
            return;
        }
        send();
    });
}

void ActionRunner::send()
{
    const LifecycleAction &a = m_input.transition.action;
    const QString where = tr("order %1, transition %2").arg(m_input.order.id).arg(m_input.transition.name);
    auto client = m_service.client(a.endpoint);
    if (!client) {
        fail(StepResult::Failure::Config, client.error());
        return;
    }
    const QJsonObject record = OrderFormulas::record(m_input.order, m_input.transition.name, m_input.from, m_input.transition.to);
    auto path = OrderFormulas::path(a.path, record, where);
    if (!path) {
        fail(StepResult::Failure::Config, path.error());
        return;
    }
    auto body = OrderFormulas::fill(m_input.lifecycle, a.body, record, where);
    if (!body) {
        fail(body.error().kind == Error::Kind::Input ? StepResult::Failure::GuardFailed : StepResult::Failure::Config, body.error());
        return;
    }
    HttpRequest request;
    request.method = a.method.toLatin1();
    request.path = path.value();
    request.body = QJsonDocument(body.value()).toJson(QJsonDocument::Compact);
    request.contentType = u"application/json"_s;
    request.expandBody = false;
    request.confirmedProductionWrite = m_input.confirmedProductionWrite;
    request.context = where;
    QJsonObject headers;
    if (a.ifMatch && !m_etag.isEmpty()) {
        request.headers.append({u"If-Match"_s, m_etag});
        headers.insert(u"If-Match"_s, m_etag);
    }
    QString key = m_input.idempotencyKey;
    if (key.isEmpty() && a.kind == LifecycleAction::Kind::CreateErpOrder)
        key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!key.isEmpty()) {
        request.idempotencyKey = key;
        headers.insert(client.value()->endpoint().retry.idempotencyHeader, key);
    }
    m_outcome.request = QJsonObject{{u"method"_s, a.method}, {u"path"_s, request.path}, {u"headers"_s, headers}, {u"body"_s, body.value()}};
    if (auto url = client.value()->resolveUrl(request.path))
        m_outcome.request.insert(u"url"_s, client.value()->redactor().url(url.value()));
    client.value()->send(request, this, [this](const HttpResponse &r) { onAnswer(r); });
}

void ActionRunner::onAnswer(const HttpResponse &r)
{
    const LifecycleAction &a = m_input.transition.action;
    m_outcome.httpStatus = r.status;
    QJsonObject responseHeaders;
    if (!r.header("ETag").isEmpty())
        responseHeaders.insert(u"ETag"_s, QString::fromLatin1(r.header("ETag")));
    m_outcome.response = QJsonObject{{u"status"_s, r.status}, {u"headers"_s, responseHeaders}, {u"body"_s, bodyJson(r.body)}};
    if (!r.displayUrl.isEmpty())
        m_outcome.request.insert(u"url"_s, r.displayUrl);

    if (r.ok()) {
        const QJsonValue answer = bodyJson(r.body);
        for (const ResponseField &f : a.response) {
            const QJsonValue v = f.source.startsWith(QLatin1Char('@')) ? QJsonValue(QString::fromLatin1(r.header(f.source.mid(1).toLatin1())))
                                                                       : valueAt(answer, f.source);
            if (!v.isUndefined() && !(v.isString() && v.toString().isEmpty()))
                m_outcome.orderFields.insert(f.field, v);
        }
        finish(m_outcome);
        return;
    }

    if (r.status == 0) {
        m_outcome.retryable = true;
        fail(StepResult::Failure::Network, r.error.value_or(Error::internal(tr("No answer"))));
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QStringList texts;
    if (!body.value(u"message"_s).toString().isEmpty())
        texts.append(body.value(u"message"_s).toString());
    QString code = body.value(u"error"_s).toString();
    for (const QJsonValue &e : body.value(u"errors"_s).toArray()) {
        const QJsonObject o = e.toObject();
        texts.append(o.value(u"message"_s).toString());
        if (!o.value(u"code"_s).toString().isEmpty())
            code = o.value(u"code"_s).toString();
    }
    if (texts.isEmpty())
        texts.append(QString::fromUtf8(r.body.left(300)).trimmed());
    m_outcome.serverCode = code;
    const QString serverText = texts.join(QLatin1Char(' '));

    if (r.status == 412) {
        // Someone changed the order on the ERP: read what it is now, so both sides can be shown.
        readCurrent([this, serverText](const HttpResponse &read, const QJsonObject &current) {
            const bool ok = read.ok();
            const QString etag = QString::fromLatin1(read.header("ETag"));
            OrderConflict conflict;
            conflict.localVersion = m_input.order.erpVersion();
            conflict.localEtag = m_etag;
            if (ok) {
                conflict.serverVersion = current.value(u"version"_s).toInteger();
                conflict.serverEtag = etag;
                conflict.serverStatus = current.value(u"status"_s).toString();
                conflict.serverOrder = current;
            }
            const auto target = m_input.lifecycle.codeForState(Lifecycle::ErpStatusMap, m_input.transition.to);
            if (ok && m_input.acceptAlreadyApplied && target && conflict.serverStatus == *target) {
                // A repeated delivery: the ERP already took this step. Count it as done, once.
                m_outcome.orderFields = QJsonObject{{u"erp_status"_s, conflict.serverStatus},
                                                    {u"erp_version"_s, conflict.serverVersion},
                                                    {u"erp_etag"_s, etag}};
                m_outcome.response.insert(u"already_applied"_s, true);
                finish(m_outcome);
                return;
            }
            m_outcome.conflict = conflict;
            fail(StepResult::Failure::Conflict,
                 serverError(tr("The order changed on the ERP since it was read (our version %1, ETag %2; the ERP's version %3, "
                                "ETag %4, status %5): %6")
                                 .arg(conflict.localVersion)
                                 .arg(conflict.localEtag.isEmpty() ? tr("none") : conflict.localEtag)
                                 .arg(conflict.serverVersion)
                                 .arg(conflict.serverEtag.isEmpty() ? tr("unknown") : conflict.serverEtag,
                                      conflict.serverStatus.isEmpty() ? tr("unknown") : conflict.serverStatus, serverText),
                             m_outcome.request.value(u"url"_s).toString(),
                             tr("Refresh the order from the ERP and try the step again, or leave it.")));
        });
        return;
    }
    m_outcome.retryable = r.status >= 500 || r.status == 429 || r.status == 408;
    fail(m_outcome.retryable ? StepResult::Failure::Network : StepResult::Failure::Rejected,
         serverError(tr("The ERP refused the step (HTTP %1 %2): %3").arg(r.status).arg(code, serverText),
                     m_outcome.request.value(u"url"_s).toString(),
                     r.status == 422 ? tr("The ERP does not allow this change for the order as it is there; refresh the order and check "
                                          "its status.")
                                     : tr("Check the order and the endpoint, then try again.")));
}

void ActionRunner::sendSoap()
{
    const LifecycleAction &a = m_input.transition.action;
    const QString where = tr("order %1, transition %2").arg(m_input.order.id).arg(m_input.transition.name);
    auto client = m_service.client(a.endpoint);
    if (!client) {
        fail(StepResult::Failure::Config, client.error());
        return;
    }
    auto service = SoapClient::serviceOf(client.value()->endpoint());
    if (!service) {
        fail(StepResult::Failure::Config, service.error());
        return;
    }
    const QJsonObject record = OrderFormulas::record(m_input.order, m_input.transition.name, m_input.from, m_input.transition.to);
    auto arguments = OrderFormulas::fill(m_input.lifecycle, a.soapArguments, record, where);
    if (!arguments) {
        fail(StepResult::Failure::Config, arguments.error());
        return;
    }
    auto *soap = new SoapClient(client.value(), service.value(), this);
    SoapCallOptions options;
    options.confirmedProductionWrite = m_input.confirmedProductionWrite;
    options.idempotencyKey = m_input.idempotencyKey;
    options.context = where;
    m_outcome.request = QJsonObject{{u"method"_s, u"POST"_s}, {u"operation"_s, a.operation}, {u"body"_s, arguments.value()}};
    if (!m_input.idempotencyKey.isEmpty())
        m_outcome.request.insert(u"headers"_s, QJsonObject{{client.value()->endpoint().retry.idempotencyHeader, m_input.idempotencyKey}});
    soap->call(a.operation, arguments.value(), this, [this, a](const SoapResponse &r) {
        m_outcome.httpStatus = r.http.status;
        m_outcome.request.insert(u"url"_s, r.http.displayUrl);
        m_outcome.response = QJsonObject{{u"status"_s, r.http.status}, {u"body"_s, r.body}};
        if (r.ok()) {
            for (const ResponseField &f : a.response) {
                const QJsonValue v = valueAt(r.body, f.source);
                if (!v.isUndefined() && !(v.isString() && v.toString().isEmpty()))
                    m_outcome.orderFields.insert(f.field, v);
            }
            finish(m_outcome);
            return;
        }
        const auto fault = r.fault();
        if (!fault) {
            m_outcome.retryable = r.http.status == 0 || r.http.status >= 500 || r.http.status == 429;
            fail(StepResult::Failure::Network, r.error.value_or(Error::internal(tr("No answer"))));
            return;
        }
        m_outcome.serverCode = fault->code;
        m_outcome.response.insert(u"fault"_s, fault->toJson());
        if (fault->code == u"VERSION_CONFLICT") {
            OrderConflict conflict;
            conflict.localVersion = m_input.order.erpVersion();
            conflict.serverVersion = valueAt(fault->detail, u"OrderFault.CurrentVersion"_s).toVariant().toLongLong();
            m_outcome.conflict = conflict;
            fail(StepResult::Failure::Conflict,
                 serverError(tr("The order changed on the ERP since it was read (our version %1; the ERP's version %2): %3 (%4)")
                                 .arg(conflict.localVersion)
                                 .arg(conflict.serverVersion)
                                 .arg(fault->faultString, fault->code),
                             r.http.displayUrl, tr("Refresh the order from the ERP and try the step again, or leave it.")));
            return;
        }
        fail(StepResult::Failure::Rejected,
             serverError(tr("The ERP refused the step with a SOAP Fault: %1 (%2)").arg(fault->faultString, fault->code),
                         r.http.displayUrl,
                         fault->code == u"INVALID_TRANSITION"
                             ? tr("The ERP does not allow this change for the order as it is there; refresh the order and check its status.")
                             : tr("Check the order and the endpoint, then try again.")));
    });
}

void ActionRunner::fail(StepResult::Failure failure, const Error &error)
{
    m_outcome.failure = failure;
    m_outcome.error = error;
    finish(m_outcome);
}

void ActionRunner::finish(ActionOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_done(outcome);
    deleteLater();
}

} // namespace crmbridge::orders
