#include "core/sync/syncplan.h"

#include "core/sync/conflictdecisions.h"
#include "core/sync/synccsv.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace crmbridge::sync {

const QByteArray &PlanItem::payloadJson() const
{
    if (payloadBytes.isEmpty())
        payloadBytes = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return payloadBytes;
}

namespace {
constexpr const char *ActionNames[PlanActionCount] = {"create", "update", "unchanged", "skip", "invalid", "conflict", "archive"};
} // namespace

QString toString(EnumArg<PlanAction> action)
{
    return QString::fromLatin1(ActionNames[int(action.value)]);
}

Result<PlanAction> planActionFromString(const QString &text)
{
    for (int i = 0; i < PlanActionCount; ++i) {
        if (text == QLatin1String(ActionNames[i]))
            return PlanAction(i);
    }
    return Error::input(QCoreApplication::translate("SyncPlan", "Unknown plan action '%1'").arg(text));
}

bool isWriteAction(PlanAction action)
{
    return action == PlanAction::Create || action == PlanAction::Update || action == PlanAction::Archive;
}

QJsonObject PlanItem::toJson() const
{
    QJsonArray changeList;
    for (const FieldChange &c : changes)
        changeList.append(QJsonObject{{u"field"_s, c.field}, {u"before"_s, c.before}, {u"after"_s, c.after}});
    QJsonArray reasonList;
    for (const PlanReason &r : reasons)
        reasonList.append(QJsonObject{{u"field"_s, r.field}, {u"message"_s, r.message}});
    return QJsonObject{{u"seq"_s, seq},
                       {u"row"_s, sourceRow},
                       {u"source_key"_s, sourceKey},
                       {u"match_key"_s, matchKey},
                       {u"action"_s, crmbridge::sync::toString(action)},
                       {u"target_id"_s, targetId},
                       {u"changes"_s, changeList},
                       {u"reasons"_s, reasonList}};
}

qint64 PlanCounts::total() const
{
    qint64 n = 0;
    for (qint64 c : byAction)
        n += c;
    return n;
}

qint64 PlanCounts::writes() const
{
    return (*this)[PlanAction::Create] + (*this)[PlanAction::Update] + (*this)[PlanAction::Archive];
}

QJsonObject PlanCounts::toJson() const
{
    QJsonObject o;
    for (int i = 0; i < PlanActionCount; ++i)
        o.insert(QString::fromLatin1(ActionNames[i]), byAction[std::size_t(i)]);
    o.insert(u"filtered"_s, filtered);
    return o;
}

Status SyncPlan::writeCsv(const QString &path) const
{
    SyncCsvFile file;
    if (Status s = file.open(path, {u"seq"_s, u"row"_s, u"source_key"_s, u"match_key"_s, u"action"_s, u"target_id"_s,
                                    u"field"_s, u"before"_s, u"after"_s, u"reason"_s, u"decision"_s});
        !s)
        return s;
    const ConflictDecisions decided(decisions);
    for (const PlanItem &item : items) {
        const QStringList head{QString::number(item.seq), QString::number(item.sourceRow), item.sourceKey, item.matchKey,
                               toString(item.action), item.targetId};
        bool wrote = false;
        for (const FieldChange &c : item.changes) {
            // `decision`: a conflict field's current decision, else blank for the user to fill with
            // source or target (sync-profile decide PROFILE --from FILE.csv).
            QString decision;
            if (item.action == PlanAction::Conflict && decided.state(item.matchKey, c) == ConflictDecisions::State::Decided)
                decision = toString(decided.find(item.matchKey, c.field)->winner);
            if (Status s = file.writeRow(head + QStringList{c.field, decisionValueText(c.before), decisionValueText(c.after), {}, decision}); !s)
                return s;
            wrote = true;
        }
        for (const PlanReason &r : item.reasons) {
            if (Status s = file.writeRow(head + QStringList{r.field, {}, {}, r.message, {}}); !s)
                return s;
            wrote = true;
        }
        if (!wrote) {
            if (Status s = file.writeRow(head + QStringList{{}, {}, {}, {}, {}}); !s)
                return s;
        }
    }
    return file.close();
}

} // namespace crmbridge::sync
