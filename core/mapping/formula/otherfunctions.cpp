// Conversions, null tests, LOOKUP over the mapping's value maps, and ERROR for custom rules.

#include "core/mapping/formula/functionhelpers.h"
#include "core/mapping/valuemap.h"

namespace crmbridge::mapping {

using namespace fn;

namespace {

Value toBoolFn(const CallArgs &a)
{
    const Value &v = a[0];
    if (v.isBlank())
        return Value::null();
    if (v.isBool())
        return v;
    if (v.isNumber())
        return Value(!v.number().isZero());
    const QString t = coerce::text(v).trimmed().toLower();
    static const QStringList yes = {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"),
                                    QStringLiteral("1"),    QStringLiteral("on"),  QStringLiteral("t"),
                                    QStringLiteral("x"),    QStringLiteral("是"),  QStringLiteral("真")};
    static const QStringList no = {QStringLiteral("false"), QStringLiteral("no"),  QStringLiteral("n"),
                                   QStringLiteral("0"),     QStringLiteral("off"), QStringLiteral("f"),
                                   QStringLiteral("否"),    QStringLiteral("假")};
    if (yes.contains(t))
        return Value(true);
    if (no.contains(t))
        return Value(false);
    return a.error(Tr::tr("'%1' is not a yes/no value").arg(coerce::text(v)));
}

Value toTextFn(const CallArgs &a)
{
    if (a[0].isAbsent())
        return Value::null();
    return Value(coerce::text(a[0]));
}

Value isBlankFn(const CallArgs &a) { return Value(a[0].isBlank()); }
Value isNullFn(const CallArgs &a) { return Value(a[0].isNull()); }
Value isMissingFn(const CallArgs &a) { return Value(a[0].isMissing()); }
Value isNumberFn(const CallArgs &a) { return Value(coerce::number(a[0]).has_value() && !a[0].isBool()); }
Value typeFn(const CallArgs &a) { return Value(Value::typeName(a[0].type())); }

Value errorFn(const CallArgs &a)
{
    // The analyst's own words, without a function-name prefix: this is the reason shown.
    return Value::error(a.size() > 0 ? coerce::text(a[0]) : Tr::tr("rejected by a custom rule"));
}

struct BoundMap : BoundData
{
    std::shared_ptr<const ValueMap> map;
};

PrepareResult prepareLookup(const PrepareArgs &p)
{
    PrepareResult r;
    const Value *name = p.constant(0);
    if (!name || !name->isText()) {
        r.error = Tr::tr("the first argument must name a value map");
        r.hint = Tr::tr("Write the map's name, e.g. LOOKUP(status_map, status).");
        r.errorArgument = 0;
        return r;
    }
    if (!p.valueMaps || !p.valueMaps->contains(name->text())) {
        r.error = Tr::tr("there is no value map named '%1'").arg(name->text());
        QStringList names = p.valueMaps ? p.valueMaps->keys() : QStringList();
        names.sort();
        r.hint = names.isEmpty() ? Tr::tr("Add the value map to the mapping first.")
                                 : Tr::tr("Value maps in this mapping: %1.").arg(names.join(QStringLiteral(", ")));
        r.errorArgument = 0;
        return r;
    }
    auto bound = std::make_shared<BoundMap>();
    bound->map = p.valueMaps->value(name->text());
    r.bound = std::move(bound);
    return r;
}

Value lookupFn(const CallArgs &a)
{
    const ValueMap &map = *static_cast<const BoundMap *>(a.bound)->map;
    const Value &key = a[1];
    auto lookupOne = [&](const Value &k) -> Value {
        if (!k.isAbsent()) {
            if (const auto found = map.find(coerce::text(k)))
                return Value(*found);
        }
        // The call's own default is more specific than the table's.
        if (a.size() > 2)
            return a[2];
        if (map.defaultValue())
            return Value(*map.defaultValue());
        return Value::null();
    };
    if (key.isArray()) {
        ValueList out;
        for (const Value &k : key.array())
            out.push_back(lookupOne(k));
        return Value::array(std::move(out));
    }
    return lookupOne(key);
}

const FunctionSpec kOther[] = {
    {"TO_BOOL", 1, 1, toBoolFn, "TO_BOOL(value)"},
    {"TO_TEXT", 1, 1, toTextFn, "TO_TEXT(value)", nullptr, true, false},
    {"ISBLANK", 1, 1, isBlankFn, "ISBLANK(value)", nullptr, true, false},
    {"ISNULL", 1, 1, isNullFn, "ISNULL(value)", nullptr, true, false},
    {"ISMISSING", 1, 1, isMissingFn, "ISMISSING(value)", nullptr, true, false},
    {"ISNUMBER", 1, 1, isNumberFn, "ISNUMBER(value)"},
    {"TYPE", 1, 1, typeFn, "TYPE(value)", nullptr, true, false},
    {"ERROR", 0, 1, errorFn, "ERROR(\"message\")", nullptr, false},
    {"LOOKUP", 2, 3, lookupFn, "LOOKUP(value_map, key, [default])", prepareLookup, true, false},
};

} // namespace

std::span<const FunctionSpec> FunctionLibrary::otherFunctions()
{
    return kOther;
}

} // namespace crmbridge::mapping
