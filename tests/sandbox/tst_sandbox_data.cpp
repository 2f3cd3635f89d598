// The seeded data: deterministic under a seed, the documented counts, the deliberate
// discrepancies (ground truth), Chinese names, and --scale volumes (no timing assertions).
#include "sandboxtestclient.h"

#include "core/sandbox/sandboxdata.h"

#include <QSet>

using namespace crmbridge;
using namespace Qt::StringLiterals;

class TestSandboxData : public QObject
{
    Q_OBJECT

private:
    static QByteArray fingerprint(const SandboxDataset &d)
    {
        QJsonArray all;
        for (const QList<QJsonObject> *list : {&d.crmContacts, &d.crmCompanies, &d.crmDeals, &d.crmProducts, &d.erpCustomers,
                                               &d.erpOrders, &d.erpProducts, &d.helpdeskUsers, &d.helpdeskTickets, &d.marketingLists})
            for (const QJsonObject &o : *list)
                all.append(o);
        all.append(d.discrepancies);
        return QJsonDocument(all).toJson(QJsonDocument::Compact);
    }

private slots:
    void deterministicUnderASeed()
    {
        const QByteArray a = fingerprint(SandboxData::generate(42, 1));
        QCOMPARE(fingerprint(SandboxData::generate(42, 1)), a);
        QVERIFY(fingerprint(SandboxData::generate(43, 1)) != a);
    }

    void defaultCounts()
    {
        const SandboxDataset d = SandboxData::generate(42, 1);
        QVERIFY(d.erpCustomers.size() >= 450 && d.erpCustomers.size() <= 550);
        QVERIFY(d.crmContacts.size() >= 450 && d.crmContacts.size() <= 520);
        QCOMPARE(d.erpOrders.size(), 1500);
        QCOMPARE(d.erpProducts.size(), 120);
        QCOMPARE(d.helpdeskTickets.size(), 300);
        QCOMPARE(d.marketingLists.size(), 3);
        QCOMPARE(d.marketingMembers.size(), 3);
    }

    void discrepanciesAreListedAndTrue()
    {
        const SandboxDataset d = SandboxData::generate(7, 1);
        QSet<QString> kinds;
        QHash<QString, QJsonObject> erpByEmail;
        for (const QJsonObject &c : d.erpCustomers)
            erpByEmail.insert(c.value(u"email"_s).toString(), c);
        QHash<QString, QJsonObject> crmByEmail;
        for (const QJsonObject &c : d.crmContacts)
            crmByEmail.insert(c.value(u"properties"_s).toObject().value(u"email"_s).toString(), c);
        for (const QJsonValue &v : d.discrepancies) {
            const QJsonObject x = v.toObject();
            kinds.insert(x.value(u"kind"_s).toString());
            const QString key = x.value(u"key"_s).toString();
            if (x.value(u"kind"_s) == u"missing_in_erp"_s)
                QVERIFY2(crmByEmail.contains(key) && !erpByEmail.contains(key), qPrintable(key));
            if (x.value(u"kind"_s) == u"phone_format"_s) {
                QCOMPARE(erpByEmail.value(key).value(u"phone"_s).toString(), x.value(u"values"_s).toObject().value(u"erp"_s).toString());
                QCOMPARE(crmByEmail.value(key).value(u"properties"_s).toObject().value(u"phone"_s).toString(),
                         x.value(u"values"_s).toObject().value(u"crm"_s).toString());
            }
        }
        for (const QString &kind : {u"missing_in_erp"_s, u"missing_in_crm"_s, u"phone_format"_s, u"email_case_whitespace"_s,
                                    u"name_case_whitespace"_s, u"duplicate_email"_s, u"status_mismatch"_s, u"renamed_company"_s,
                                    u"date_timezone"_s, u"price_mismatch"_s})
            QVERIFY2(kinds.contains(kind), qPrintable(kind));
        // The systems use different status vocabularies on purpose.
        QVERIFY(crmByEmail.begin()->value(u"properties"_s).toObject().value(u"customer_status"_s).toString().size() > 1);
        QCOMPARE(d.erpCustomers.first().value(u"status"_s).toString().size(), 1);
    }

    void chineseNamesInPartOfTheData()
    {
        const SandboxDataset d = SandboxData::generate(42, 1);
        int chinese = 0;
        for (const QJsonObject &c : d.erpCustomers) {
            const QString name = c.value(u"name"_s).toString();
            if (!name.isEmpty() && name.trimmed().at(0).script() == QChar::Script_Han)
                ++chinese;
        }
        QVERIFY(chinese > 20);
        QVERIFY(chinese < d.erpCustomers.size() / 2);
    }

    void memberIdsAreMd5OfLowerCaseEmail()
    {
        const SandboxDataset d = SandboxData::generate(42, 1);
        for (const QJsonObject &m : d.marketingMembers.first())
            QCOMPARE(m.value(u"id"_s).toString(), SandboxData::subscriberHash(m.value(u"email_address"_s).toString().toLower()));
        QCOMPARE(SandboxData::subscriberHash(u"Urist.McVankab@freddiesjokes.com"_s), u"62eeb292278cc15f5817cb78f7790b08"_s);
    }

    void scaleMultipliesCounts()
    {
        const SandboxDataset d = SandboxData::generate(42, 40);
        const qsizetype records = d.crmContacts.size() + d.erpCustomers.size() + d.erpOrders.size() + d.erpProducts.size()
            + d.helpdeskTickets.size() + d.helpdeskUsers.size();
        QVERIFY2(records >= 100000, qPrintable(QString::number(records)));
        QCOMPARE(d.erpOrders.size(), 1500 * 40);
    }
};

QTEST_GUILESS_MAIN(TestSandboxData)
#include "tst_sandbox_data.moc"
