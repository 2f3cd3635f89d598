#include "core/mapping/formula/functions.h"

#include <QHash>

namespace crmbridge::mapping {

namespace {
const SpecialForm kSpecialForms[] = {
    {"IF", Program::Op::If, 2, 3, "IF(condition, then, else)"},
    {"IFS", Program::Op::Ifs, 2, -1, "IFS(condition1, value1, condition2, value2, ..., [default])"},
    {"SWITCH", Program::Op::Switch, 3, -1, "SWITCH(value, case1, result1, ..., [default])"},
    {"COALESCE", Program::Op::Coalesce, 1, -1, "COALESCE(value1, value2, ...)"},
    {"IFERROR", Program::Op::IfError, 2, 2, "IFERROR(value, fallback)"},
    {"AND", Program::Op::And, 1, -1, "AND(condition1, condition2, ...)"},
    {"OR", Program::Op::Or, 1, -1, "OR(condition1, condition2, ...)"},
    {"NOT", Program::Op::Not, 1, 1, "NOT(condition)"},
};

const QHash<QString, const FunctionSpec *> &table()
{
    static const QHash<QString, const FunctionSpec *> functions = [] {
        QHash<QString, const FunctionSpec *> map;
        for (auto part : {FunctionLibrary::textFunctions(), FunctionLibrary::numberFunctions(),
                          FunctionLibrary::dateFunctions(), FunctionLibrary::contactFunctions(),
                          FunctionLibrary::otherFunctions()}) {
            for (const FunctionSpec &spec : part)
                map.insert(QLatin1String(spec.name), &spec);
        }
        return map;
    }();
    return functions;
}
} // namespace

const FunctionSpec *FunctionLibrary::find(QStringView upperName)
{
    return table().value(upperName.toString(), nullptr);
}

QStringList FunctionLibrary::names()
{
    QStringList out = table().keys();
    for (const SpecialForm &form : kSpecialForms)
        out << QLatin1String(form.name);
    out.sort();
    return out;
}

const SpecialForm *findSpecialForm(QStringView upperName)
{
    for (const SpecialForm &form : kSpecialForms) {
        if (upperName == QLatin1String(form.name))
            return &form;
    }
    return nullptr;
}

} // namespace crmbridge::mapping
