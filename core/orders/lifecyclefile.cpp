// The lifecycle file format and the lifecycle checks.
#include "core/mapping/formula/compiler.h"
#include "core/orders/lifecycle.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace crmbridge::orders {

namespace {

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    if (v.isString())
        return {v.toString()};
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

QJsonObject actionToJson(const LifecycleAction &a)
{
    QJsonObject o;
    o.insert(u"kind"_s, LifecycleAction::kindName(a.kind));
    if (a.kind == LifecycleAction::Kind::None)
        return o;
    o.insert(u"endpoint"_s, a.endpoint);
    if (a.kind == LifecycleAction::Kind::Soap) {
        o.insert(u"operation"_s, a.operation);
        o.insert(u"soap_url"_s, a.soapUrl);
        o.insert(u"soap_arguments"_s, a.soapArguments);
    } else {
        o.insert(u"method"_s, a.method);
        o.insert(u"path"_s, a.path);
        if (!a.bodyMapping.isEmpty())
            o.insert(u"body_mapping"_s, a.bodyMapping);
        else
            o.insert(u"body"_s, a.body);
        o.insert(u"if_match"_s, a.ifMatch);
    }
    QJsonArray response;
    for (const ResponseField &f : a.response)
        response.append(QJsonObject{{u"field"_s, f.field}, {u"source"_s, f.source}});
    o.insert(u"response"_s, response);
    return o;
}

// Formulas in a body template: every string value that starts with "=".
void collectFormulas(const QJsonValue &value, const QString &path, QList<QPair<QString, QString>> &out)
{
    if (value.isString() && value.toString().startsWith(QLatin1Char('='))) {
        out.append({path, value.toString().mid(1)});
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectFormulas(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), out);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectFormulas(a.at(i), path + u"[%1]"_s.arg(i), out);
    }
}

} // namespace

QByteArray LifecycleFile::toJson(const Lifecycle &l)
{
    // QJsonObject keeps keys sorted: the stable order a diff needs. Lists keep the analyst's order.
    QJsonObject root;
    root.insert(u"format_version"_s, Lifecycle::FormatVersion);
    root.insert(u"name"_s, l.name);
    if (!l.description.isEmpty())
        root.insert(u"description"_s, l.description);
    QJsonArray states;
    for (const LifecycleState &s : l.states) {
        QJsonObject o{{u"id"_s, s.id}, {u"label"_s, s.label}};
        if (s.initial)
            o.insert(u"initial"_s, true);
        if (s.final)
            o.insert(u"final"_s, true);
        states.append(o);
    }
    root.insert(u"states"_s, states);
    QJsonArray transitions;
    for (const LifecycleTransition &t : l.transitions) {
        QJsonObject o{{u"name"_s, t.name},
                      {u"label"_s, t.label},
                      {u"from"_s, QJsonArray::fromStringList(t.from)},
                      {u"to"_s, t.to},
                      {u"mode"_s, notificationModeName(t.mode)},
                      {u"action"_s, actionToJson(t.action)}};
        if (!t.guard.isEmpty())
            o.insert(u"guard"_s, t.guard);
        if (!t.requiredFields.isEmpty())
            o.insert(u"required_fields"_s, QJsonArray::fromStringList(t.requiredFields));
        transitions.append(o);
    }
    root.insert(u"transitions"_s, transitions);
    QJsonArray maps;
    for (const mapping::ValueMap &map : l.valueMaps) {
        QJsonArray entries;
        for (const auto &[source, target] : map.entries())
            entries.append(QJsonObject{{u"source"_s, source}, {u"target"_s, target}});
        maps.append(QJsonObject{{u"name"_s, map.name()}, {u"entries"_s, entries}});
    }
    root.insert(u"value_maps"_s, maps);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Lifecycle> LifecycleFile::fromJson(const QByteArray &json, const QString &fileName)
{
    const QString where = fileName.isEmpty() ? tr("lifecycle") : fileName;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QByteArray head = json.left(parseError.offset);
        const int line = int(head.count('\n')) + 1;
        const int column = int(parseError.offset - (head.lastIndexOf('\n') + 1)) + 1;
        return Error::input(tr("The lifecycle file is not valid JSON: %1").arg(parseError.errorString()),
                            u"%1:%2:%3"_s.arg(where).arg(line).arg(column), tr("Fix the JSON and try again."));
    }
    const QJsonObject root = doc.object();
    const int version = root.value(u"format_version"_s).toInt(0);
    if (version != Lifecycle::FormatVersion) {
        return Error::input(tr("Unsupported lifecycle format version %1 (this version reads %2)").arg(version).arg(Lifecycle::FormatVersion),
                            where, tr("Export the lifecycle again from a matching CRM Bridge version."));
    }
    Lifecycle l;
    l.name = root.value(u"name"_s).toString();
    l.description = root.value(u"description"_s).toString();
    if (l.name.trimmed().isEmpty())
        return Error::input(tr("The lifecycle has no name"), where, tr("Add a \"name\" to the file."));
    const QJsonArray states = root.value(u"states"_s).toArray();
    for (qsizetype i = 0; i < states.size(); ++i) {
        const QJsonObject o = states.at(i).toObject();
        LifecycleState s;
        s.id = o.value(u"id"_s).toString();
        s.label = o.value(u"label"_s).toString(s.id);
        s.initial = o.value(u"initial"_s).toBool();
        s.final = o.value(u"final"_s).toBool();
        if (s.id.isEmpty())
            return Error::input(tr("State %1 has no id").arg(i + 1), where, tr("Give every state an \"id\"."));
        l.states.append(s);
    }
    const QJsonArray transitions = root.value(u"transitions"_s).toArray();
    for (qsizetype i = 0; i < transitions.size(); ++i) {
        const QJsonObject o = transitions.at(i).toObject();
        LifecycleTransition t;
        t.name = o.value(u"name"_s).toString();
        if (t.name.isEmpty())
            return Error::input(tr("Transition %1 has no name").arg(i + 1), where, tr("Give every transition a \"name\"."));
        const QString in = tr("transition %1").arg(t.name);
        t.label = o.value(u"label"_s).toString(t.name);
        t.from = stringList(o.value(u"from"_s));
        t.to = o.value(u"to"_s).toString();
        t.guard = o.value(u"guard"_s).toString();
        t.requiredFields = stringList(o.value(u"required_fields"_s));
        const QString modeName = o.value(u"mode"_s).toString(u"sync"_s);
        const auto mode = notificationModeFromName(modeName);
        if (!mode)
            return Error::input(tr("Unknown notification mode \"%1\"").arg(modeName), where + u", "_s + in,
                                tr("Use sync, async or event."));
        t.mode = *mode;
        if (o.contains(u"action"_s)) {
            const QJsonObject a = o.value(u"action"_s).toObject();
            const QString kindName = a.value(u"kind"_s).toString(u"none"_s);
            const auto kind = LifecycleAction::kindFromName(kindName);
            if (!kind)
                return Error::input(tr("Unknown action kind \"%1\"").arg(kindName), where + u", "_s + in,
                                    tr("Use none, rest, soap or create_erp_order."));
            t.action.kind = *kind;
            t.action.endpoint = a.value(u"endpoint"_s).toString();
            t.action.method = a.value(u"method"_s).toString().toUpper();
            t.action.path = a.value(u"path"_s).toString();
            t.action.body = a.value(u"body"_s).toObject();
            t.action.bodyMapping = a.value(u"body_mapping"_s).toString();
            t.action.ifMatch = a.value(u"if_match"_s).toBool();
            t.action.operation = a.value(u"operation"_s).toString();
            t.action.soapUrl = a.value(u"soap_url"_s).toString();
            t.action.soapArguments = a.value(u"soap_arguments"_s).toObject();
            for (const QJsonValue &f : a.value(u"response"_s).toArray())
                t.action.response.append({f.toObject().value(u"field"_s).toString(), f.toObject().value(u"source"_s).toString()});
        }
        l.transitions.append(t);
    }
    for (const QJsonValue &v : root.value(u"value_maps"_s).toArray()) {
        const QJsonObject o = v.toObject();
        QList<mapping::ValueMap::Entry> entries;
        for (const QJsonValue &e : o.value(u"entries"_s).toArray())
            entries.append({e.toObject().value(u"source"_s).toString(), e.toObject().value(u"target"_s).toString()});
        l.valueMaps.append(mapping::ValueMap(o.value(u"name"_s).toString(), entries));
    }
    return l;
}

Status LifecycleFile::save(const Lifecycle &lifecycle, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(lifecycle)) < 0 || !file.commit())
        return Error::io(tr("Could not write the lifecycle file: %1").arg(file.errorString()), path,
                         tr("Check that the folder exists and is writable."));
    return {};
}

Result<Lifecycle> LifecycleFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Could not read the lifecycle file: %1").arg(file.errorString()), path,
                         tr("Check the path and the file's permissions."));
    return fromJson(file.readAll(), path);
}

QString LifecycleIssue::kindName() const
{
    switch (kind) {
    case Kind::NoStates: return u"no_states"_s;
    case Kind::DuplicateState: return u"duplicate_state"_s;
    case Kind::NoInitialState: return u"no_initial_state"_s;
    case Kind::UnknownState: return u"unknown_state"_s;
    case Kind::UnreachableState: return u"unreachable_state"_s;
    case Kind::DeadEnd: return u"dead_end"_s;
    case Kind::DuplicateTransition: return u"duplicate_transition"_s;
    case Kind::NoAction: return u"no_action"_s;
    case Kind::GuardError: return u"guard_error"_s;
    case Kind::BadTemplate: return u"bad_template"_s;
    case Kind::UnknownValueMap: return u"unknown_value_map"_s;
    case Kind::BadField: return u"bad_field"_s;
    }
    return {};
}

bool LifecycleValidator::hasErrors(const QList<LifecycleIssue> &issues)
{
    return std::any_of(issues.begin(), issues.end(), [](const LifecycleIssue &i) { return i.isError(); });
}

QList<LifecycleIssue> LifecycleValidator::validate(const Lifecycle &l)
{
    QList<LifecycleIssue> issues;
    auto add = [&](LifecycleIssue::Severity severity, LifecycleIssue::Kind kind, const QString &transition,
                   const QString &state, const QString &message) {
        LifecycleIssue issue;
        issue.severity = severity;
        issue.kind = kind;
        issue.transition = transition;
        issue.state = state;
        issue.message = message;
        issues.append(issue);
        return &issues.last();
    };
    using S = LifecycleIssue::Severity;
    using K = LifecycleIssue::Kind;

    if (l.states.isEmpty()) {
        add(S::Error, K::NoStates, {}, {}, tr("The lifecycle has no states. Add at least an initial state."));
        return issues;
    }
    QSet<QString> ids;
    int initials = 0;
    for (const LifecycleState &s : l.states) {
        if (ids.contains(s.id))
            add(S::Error, K::DuplicateState, {}, s.id, tr("The state \"%1\" is defined twice. Give each state its own id.").arg(s.id));
        ids.insert(s.id);
        if (s.initial)
            ++initials;
    }
    if (initials != 1)
        add(S::Error, K::NoInitialState, {}, {},
            initials == 0 ? tr("No state is marked initial. Mark the state new orders start in with \"initial\": true.")
                          : tr("%1 states are marked initial. Mark exactly one.").arg(initials));

    // Formulas see the order's fields and the value maps.
    mapping::CompileEnvironment env;
    for (const mapping::ValueMap &map : l.valueMaps)
        env.valueMaps.insert(map.name(), std::make_shared<const mapping::ValueMap>(map));
    static const QRegularExpression fieldPath(u"^[\\p{L}_][\\p{L}\\p{N}_]*(\\[\\d+\\])?(\\.[\\p{L}_][\\p{L}\\p{N}_]*(\\[\\d+\\])?)*$"_s);

    QSet<QString> names;
    QHash<QString, QStringList> edges;
    for (const LifecycleTransition &t : l.transitions) {
        if (names.contains(t.name))
            add(S::Error, K::DuplicateTransition, t.name, {},
                tr("The transition \"%1\" is defined twice. Transition names must be unique.").arg(t.name));
        names.insert(t.name);
        if (t.from.isEmpty())
            add(S::Error, K::UnknownState, t.name, {}, tr("The transition \"%1\" has no \"from\" state. Name the states it leaves from.").arg(t.name));
        for (const QString &from : t.from) {
            if (!ids.contains(from))
                add(S::Error, K::UnknownState, t.name, from,
                    tr("The transition \"%1\" leaves from the unknown state \"%2\". Add the state or fix the name.").arg(t.name, from));
            edges[from].append(t.to);
        }
        if (!ids.contains(t.to))
            add(S::Error, K::UnknownState, t.name, t.to,
                tr("The transition \"%1\" goes to the unknown state \"%2\". Add the state or fix the name.").arg(t.name, t.to));
        if (!t.guard.trimmed().isEmpty()) {
            mapping::FormulaError error;
            if (!mapping::Formula::compile(t.guard, env, &error)) {
                LifecycleIssue *issue = add(S::Error, K::GuardError, t.name, {},
                                            tr("The guard of \"%1\" does not compile at %2:%3: %4 %5")
                                                .arg(t.name)
                                                .arg(error.line)
                                                .arg(error.column)
                                                .arg(error.message, error.hint)
                                                .trimmed());
                issue->line = error.line;
                issue->column = error.column;
            }
        }
        for (const QString &field : t.requiredFields) {
            if (!fieldPath.match(field).hasMatch())
                add(S::Error, K::BadField, t.name, {},
                    tr("The required field \"%1\" of \"%2\" is not a field path such as customer_id or lines[0].sku.").arg(field, t.name));
        }
        const LifecycleAction &a = t.action;
        if (a.kind == LifecycleAction::Kind::None) {
            add(S::Warning, K::NoAction, t.name, {},
                tr("The transition \"%1\" has no action: the ERP will not hear of it (only events, in event mode). Add an "
                   "action if the ERP should follow.")
                    .arg(t.name));
            continue;
        }
        if (a.endpoint.isEmpty())
            add(S::Error, K::BadTemplate, t.name, {}, tr("The action of \"%1\" names no endpoint.").arg(t.name));
        if (a.kind == LifecycleAction::Kind::Soap) {
            if (a.operation.isEmpty())
                add(S::Error, K::BadTemplate, t.name, {}, tr("The SOAP action of \"%1\" names no operation.").arg(t.name));
        } else if (a.method.isEmpty() || a.path.isEmpty()) {
            add(S::Error, K::BadTemplate, t.name, {}, tr("The action of \"%1\" needs a method and a path.").arg(t.name));
        }
        QList<QPair<QString, QString>> formulas;
        collectFormulas(a.kind == LifecycleAction::Kind::Soap ? QJsonValue(a.soapArguments) : QJsonValue(a.body), {}, formulas);
        for (const auto &[path, formula] : std::as_const(formulas)) {
            mapping::FormulaError error;
            if (!mapping::Formula::compile(formula, env, &error)) {
                LifecycleIssue *issue = add(S::Error, error.message.contains(u"value map"_s) ? K::UnknownValueMap : K::BadTemplate, t.name, {},
                                            tr("The body field \"%1\" of \"%2\" does not compile at %3:%4: %5 %6")
                                                .arg(path, t.name)
                                                .arg(error.line)
                                                .arg(error.column)
                                                .arg(error.message, error.hint)
                                                .trimmed());
                issue->line = error.line;
                issue->column = error.column;
            }
        }
    }

    // Reachability from the initial state.
    const QString initial = l.initialState();
    QSet<QString> reached{initial};
    QStringList queue{initial};
    while (!queue.isEmpty()) {
        const QString s = queue.takeFirst();
        for (const QString &next : edges.value(s)) {
            if (!reached.contains(next)) {
                reached.insert(next);
                queue.append(next);
            }
        }
    }
    for (const LifecycleState &s : l.states) {
        if (!reached.contains(s.id))
            add(S::Error, K::UnreachableState, {}, s.id,
                tr("The state \"%1\" cannot be reached from \"%2\". Add a transition into it or remove it.").arg(s.id, initial));
        bool leaves = false;
        for (const QString &next : edges.value(s.id))
            leaves = leaves || next != s.id;
        if (!s.final && !leaves)
            add(S::Warning, K::DeadEnd, {}, s.id,
                tr("No transition leaves the state \"%1\". Mark it final, or add a way out.").arg(s.id));
    }
    return issues;
}

} // namespace crmbridge::orders
