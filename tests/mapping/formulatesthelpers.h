#pragma once

#include "core/mapping/formula/compiler.h"
#include "core/mapping/value/valuejson.h"

#include <QTest>

namespace crmbridge::mapping::test {

/// One JSON object as a record (fails the test on bad JSON).
inline Value record(const QByteArray &json)
{
    JsonValueReader reader;
    auto v = reader.parse(json.isEmpty() ? QByteArrayView("{}") : QByteArrayView(json));
    if (!v.ok()) {
        qWarning("%s", qPrintable(v.error().message()));
        return {};
    }
    return v.value();
}

/// A value as the tests spell it: JSON for values, <missing>, <error: message>.
inline QString describe(const Value &v)
{
    if (v.isMissing())
        return QStringLiteral("<missing>");
    if (v.isError())
        return QStringLiteral("<error: ") + v.errorMessage() + QLatin1Char('>');
    return QString::fromUtf8(toJson(v));
}

/// Compiles and evaluates, or describes the compile error as <compile: line:col: message>.
inline QString run(const QString &formula, const QByteArray &json, EvalContext &context,
                   const CompileEnvironment &env = {})
{
    FormulaError error;
    const auto f = Formula::compile(formula, env, &error);
    if (!f)
        return QStringLiteral("<compile: ") + error.text() + QLatin1Char('>');
    const Value r = record(json);
    if (!r.isObject())
        return QStringLiteral("<bad test record>");
    return describe(f->evaluate(r.object(), context));
}

} // namespace crmbridge::mapping::test
