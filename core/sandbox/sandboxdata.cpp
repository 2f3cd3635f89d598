#include "core/sandbox/sandboxdata.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace crmbridge {

namespace {

// Name pools. Chinese people carry their pinyin for e-mail addresses, as real ones do.
const char16_t *const FirstNames[] = {u"James", u"Mary", u"John", u"Patricia", u"Robert", u"Jennifer", u"Michael",
                                      u"Linda", u"David", u"Elizabeth", u"William", u"Barbara", u"Anna", u"Lukas",
                                      u"Sophie", u"Maximilian", u"Emma", u"Jonas", u"Mia", u"Felix", u"Olivia",
                                      u"Noah", u"Charlotte", u"Liam", u"Amelia", u"Oliver", u"Isla", u"Jack",
                                      u"Hannah", u"Paul", u"Laura", u"Thomas", u"Julia", u"Daniel", u"Sarah",
                                      u"Mark", u"Lisa", u"Peter", u"Karen", u"Marie"};
const char16_t *const LastNames[] = {u"Smith", u"Johnson", u"Williams", u"Brown", u"Jones", u"Miller", u"Davis",
                                     u"Wilson", u"Taylor", u"Anderson", u"Thomas", u"Moore", u"Martin", u"Müller",
                                     u"Schmidt", u"Schneider", u"Fischer", u"Weber", u"Meyer", u"Wagner", u"Becker",
                                     u"Hoffmann", u"Clarke", u"Evans", u"Walker", u"Wright", u"Hughes", u"O'Brien",
                                     u"García", u"Rossi"};
struct Han { const char16_t *han; const char16_t *latin; };
const Han ChineseSurnames[] = {{u"王", u"Wang"}, {u"李", u"Li"},   {u"张", u"Zhang"}, {u"刘", u"Liu"},
                               {u"陈", u"Chen"}, {u"杨", u"Yang"}, {u"黄", u"Huang"}, {u"赵", u"Zhao"},
                               {u"吴", u"Wu"},   {u"周", u"Zhou"}};
const Han ChineseGiven[] = {{u"伟", u"Wei"},   {u"芳", u"Fang"},    {u"娜", u"Na"},     {u"敏", u"Min"},
                            {u"静", u"Jing"},  {u"丽", u"Li"},      {u"强", u"Qiang"},  {u"磊", u"Lei"},
                            {u"洋", u"Yang"},  {u"艳", u"Yan"},     {u"勇", u"Yong"},   {u"杰", u"Jie"},
                            {u"秀英", u"Xiuying"}, {u"志强", u"Zhiqiang"}, {u"晓明", u"Xiaoming"}};
struct Place { const char16_t *country; const char16_t *code; const char16_t *city; const char16_t *street; const char16_t *currency; };
const Place Places[] = {
    {u"DE", u"49", u"Berlin", u"Friedrichstraße", u"EUR"},   {u"DE", u"49", u"Hamburg", u"Jungfernstieg", u"EUR"},
    {u"DE", u"49", u"München", u"Leopoldstraße", u"EUR"},    {u"US", u"1", u"Chicago", u"Michigan Avenue", u"USD"},
    {u"US", u"1", u"Austin", u"Congress Avenue", u"USD"},    {u"GB", u"44", u"London", u"Baker Street", u"GBP"},
    {u"GB", u"44", u"Manchester", u"Deansgate", u"GBP"},
};
const Place ChinesePlaces[] = {{u"CN", u"86", u"北京市", u"朝阳区建国路", u"CNY"},
                               {u"CN", u"86", u"上海市", u"浦东新区世纪大道", u"CNY"},
                               {u"CN", u"86", u"深圳市", u"南山区科技园路", u"CNY"}};
struct CompanyName { const char16_t *current; const char16_t *former; const char16_t *domain; };
const CompanyName Companies[] = {
    {u"Acme Holdings", u"Acme Corp", u"acme.example"},          {u"Globex International", u"Globex", u"globex.example"},
    {u"Initrode Systems", u"Initech", u"initech.example"},      {u"Umbrella Health", u"Umbrella Corporation", u"umbrella.example"},
    {u"Stark Industries", nullptr, u"stark.example"},           {u"Wayne Enterprises", nullptr, u"wayne.example"},
    {u"Hooli XYZ", u"Hooli", u"hooli.example"},                 {u"Vandelay Industries", nullptr, u"vandelay.example"},
    {u"Soylent Foods", u"Soylent Corp", u"soylent.example"},    {u"Cyberdyne Systems", nullptr, u"cyberdyne.example"},
    {u"Tyrell Corporation", nullptr, u"tyrell.example"},        {u"Wonka Industries", nullptr, u"wonka.example"},
    {u"Nordwind Logistik GmbH", u"Nordwind Spedition GmbH", u"nordwind.example"},
    {u"Bergmann & Söhne KG", nullptr, u"bergmann.example"},     {u"Pied Piper", nullptr, u"piedpiper.example"},
    {u"Massive Dynamic", nullptr, u"massive.example"},          {u"上海明辉贸易有限公司", u"明辉贸易", u"minghui.example"},
    {u"北京华远科技有限公司", nullptr, u"huayuan.example"},     {u"深圳鹏达电子有限公司", nullptr, u"pengda.example"},
    {u"Blue Sun Corporation", nullptr, u"bluesun.example"},
};
const char16_t *const ProductAdjectives[] = {u"Compact", u"Industrial", u"Premium", u"Smart", u"Heavy-duty", u"Eco",
                                             u"Wireless", u"Modular", u"Portable", u"Pro"};
const char16_t *const ProductNouns[] = {u"Sensor", u"Valve", u"Router", u"Pump", u"Drill", u"Monitor",
                                        u"Printer", u"Scanner", u"Battery", u"Controller", u"Cable", u"Switch"};
const char16_t *const TicketSubjects[] = {u"Order %1 has not arrived", u"Wrong item in order %1",
                                          u"Invoice for order %1 is missing", u"Cannot log in to the portal",
                                          u"Request to change my delivery address", u"Damaged packaging on %1",
                                          u"订单 %1 尚未发货", u"Question about the warranty",
                                          u"Please cancel order %1", u"Refund for order %1"};
const char *const ErpStatuses[] = {"NEW", "PROC", "SHIP", "CLSD", "CANC", "HOLD"};
const char16_t *const DealStages[] = {u"appointmentscheduled", u"qualifiedtobuy", u"contractsent", u"closedwon",
                                      u"closedlost", u"decisionmakerboughtin"};

template<typename T, size_t N>
const T &pick(QRandomGenerator &random, const T (&array)[N])
{
    return array[random.bounded(static_cast<quint32>(N))];
}

QString str(const char16_t *text)
{
    return text ? QString::fromUtf16(text) : QString();
}

QString money(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QString hubspotTime(const QDateTime &t)
{
    return t.toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QString isoSeconds(const QDateTime &t)
{
    return t.toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

QJsonObject hubspotRecord(qint64 id, QJsonObject properties, const QDateTime &created, const QDateTime &updated)
{
    properties.insert(u"hs_object_id"_s, QString::number(id));
    properties.insert(u"createdate"_s, hubspotTime(created));
    properties.insert(u"lastmodifieddate"_s, hubspotTime(updated));
    return QJsonObject{{u"id"_s, QString::number(id)},
                       {u"properties"_s, properties},
                       {u"createdAt"_s, hubspotTime(created)},
                       {u"updatedAt"_s, hubspotTime(updated)},
                       {u"archived"_s, false}};
}

struct Person
{
    QString first, last, name, email;
    bool chinese = false;
    const Place *place = nullptr;
    QString area, number;
    int company = 0;
    int status = 0; // 0 active, 1 inactive, 2 blocked
    QDateTime created, updated;
    qint64 crmId = 0, erpId = 0;
};

class Generator
{
public:
    Generator(quint32 seed, int scale) : m_random(seed), m_scale(qMax(1, scale)), m_berlin("Europe/Berlin"_ba)
    {
        m_data.seed = seed;
        m_data.scale = m_scale;
    }

    SandboxDataset run()
    {
        companies();
        products();
        people();
        orders();
        helpdesk();
        marketing();
        return std::move(m_data);
    }

private:
    void discrepancy(const QString &kind, const QString &entity, const QString &key, const QStringList &systems,
                     const QString &field, const QJsonObject &values, const QString &note = {})
    {
        QJsonObject d{{u"id"_s, u"D-%1"_s.arg(m_data.discrepancies.size() + 1, 5, 10, QLatin1Char('0'))},
                      {u"kind"_s, kind},
                      {u"entity"_s, entity},
                      {u"key"_s, key},
                      {u"systems"_s, QJsonArray::fromStringList(systems)},
                      {u"field"_s, field},
                      {u"values"_s, values}};
        if (!note.isEmpty())
            d.insert(u"note"_s, note);
        m_data.discrepancies.append(d);
    }

    QDateTime randomTime()
    {
        static const qint64 start = QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        return QDateTime::fromSecsSinceEpoch(start + m_random.bounded(3 * 365 * 86400), Qt::UTC);
    }

    QString erpLocalTime(const QDateTime &utc) const
    {
        return utc.toTimeZone(m_berlin).toString(u"dd.MM.yyyy HH:mm"_s);
    }

    void companies()
    {
        const int count = 100 * m_scale;
        for (int i = 0; i < count; ++i) {
            const CompanyName &c = Companies[i % std::size(Companies)];
            const QString suffix = i < int(std::size(Companies)) ? QString() : u" %1"_s.arg(i / std::size(Companies) + 1);
            const QString name = str(c.current) + suffix;
            const QString former = c.former ? str(c.former) + suffix : QString();
            const QDateTime created = randomTime();
            m_companyNames.append(name);
            m_companyErpNames.append(former.isEmpty() ? name : former);
            const QString domain = (suffix.isEmpty() ? QString() : u"b%1."_s.arg(i)) + str(c.domain);
            m_companyDomains.append(domain);
            const Place &place = i % std::size(Companies) >= 16 && i % std::size(Companies) <= 18 ? pick(m_random, ChinesePlaces)
                                                                                                 : pick(m_random, Places);
            m_data.crmCompanies.append(hubspotRecord(
                2000 + i,
                QJsonObject{{u"name"_s, name}, {u"domain"_s, domain}, {u"city"_s, str(place.city)},
                            {u"country"_s, str(place.country)},
                            {u"industry"_s, i % 3 == 0 ? u"MANUFACTURING"_s : (i % 3 == 1 ? u"RETAIL"_s : u"LOGISTICS_AND_SUPPLY_CHAIN"_s)}},
                created, created.addDays(m_random.bounded(200))));
            if (!former.isEmpty()) {
                discrepancy(u"renamed_company"_s, u"company"_s, domain, {u"crm"_s, u"erp"_s}, u"name"_s,
                            {{u"crm"_s, name}, {u"erp"_s, former}}, u"The CRM has the new name; the ERP the old one."_s);
            }
        }
    }

    void products()
    {
        const int count = 120 * m_scale;
        for (int i = 0; i < count; ++i) {
            const QString sku = u"SKU-%1"_s.arg(10001 + i);
            const QString name = str(pick(m_random, ProductAdjectives)) + QLatin1Char(' ') + str(pick(m_random, ProductNouns))
                + u" %1"_s.arg(100 + i % 900);
            const qint64 cents = 499 + m_random.bounded(50000);
            const QDateTime created = randomTime();
            m_productSkus.append(sku);
            m_productCents.append(cents);
            m_data.erpProducts.append(QJsonObject{{u"id"_s, i + 1},
                                                  {u"sku"_s, sku},
                                                  {u"name"_s, name},
                                                  {u"price"_s, money(cents)},
                                                  {u"currency"_s, u"EUR"_s},
                                                  {u"active"_s, m_random.bounded(20) != 0},
                                                  {u"stock"_s, static_cast<int>(m_random.bounded(500))},
                                                  {u"updated_at"_s, isoSeconds(created)}});
            const quint32 r = m_random.bounded(100);
            if (r < 3) {
                discrepancy(u"missing_in_crm"_s, u"product"_s, sku, {u"crm"_s, u"erp"_s}, {}, {{u"erp"_s, sku}});
                continue;
            }
            qint64 crmCents = cents;
            if (r < 8) {
                crmCents = cents + 100 + m_random.bounded(1000);
                discrepancy(u"price_mismatch"_s, u"product"_s, sku, {u"crm"_s, u"erp"_s}, u"price"_s,
                            {{u"crm"_s, money(crmCents)}, {u"erp"_s, money(cents)}});
            }
            m_data.crmProducts.append(hubspotRecord(
                5000 + i,
                QJsonObject{{u"name"_s, name}, {u"hs_sku"_s, sku}, {u"price"_s, money(crmCents)},
                            {u"description"_s, u"%1 (%2)"_s.arg(name, sku)}},
                created, created.addDays(m_random.bounded(100))));
        }
    }

    void people()
    {
        const int count = 500 * m_scale;
        QSet<QString> emails;
        m_people.reserve(count);
        for (int i = 0; i < count; ++i) {
            Person p;
            p.chinese = m_random.bounded(100) < 15;
            QString latinFirst, latinLast;
            if (p.chinese) {
                const Han &s = pick(m_random, ChineseSurnames);
                const Han &g = pick(m_random, ChineseGiven);
                p.first = str(g.han);
                p.last = str(s.han);
                p.name = p.last + p.first;
                latinFirst = str(g.latin);
                latinLast = str(s.latin);
                p.place = &pick(m_random, ChinesePlaces);
            } else {
                p.first = str(pick(m_random, FirstNames));
                p.last = str(pick(m_random, LastNames));
                p.name = p.first + QLatin1Char(' ') + p.last;
                latinFirst = p.first;
                latinLast = p.last;
                p.place = &pick(m_random, Places);
            }
            p.company = static_cast<int>(m_random.bounded(static_cast<quint32>(m_companyNames.size())));
            QString local = (latinFirst + QLatin1Char('.') + latinLast).toLower();
            local.replace(u"ü"_s, u"ue"_s).replace(u"í"_s, u"i"_s).replace(QLatin1Char('\''), QString());
            p.email = local + QLatin1Char('@') + m_companyDomains.at(p.company);
            if (emails.contains(p.email))
                p.email = local + QString::number(i) + QLatin1Char('@') + m_companyDomains.at(p.company);
            emails.insert(p.email);
            p.area = QString::number(200 + m_random.bounded(700));
            p.number = QString::number(1000000 + m_random.bounded(8999999));
            const quint32 s = m_random.bounded(100);
            p.status = s < 80 ? 0 : (s < 95 ? 1 : 2);
            p.created = randomTime();
            p.updated = p.created.addSecs(m_random.bounded(400 * 86400));
            addPerson(p, i);
            m_people.append(p);
        }
    }

    void addPerson(Person &p, int index)
    {
        static const char16_t *const CrmStatus[] = {u"Active", u"Inactive", u"Blocked"};
        static const char16_t *const ErpStatus[] = {u"A", u"I", u"B"};
        const QString crmPhone = u"+%1 %2 %3"_s.arg(str(p.place->code), p.area, p.number);
        const quint32 r = m_random.bounded(100);
        const bool inCrm = r >= 4;
        const bool inErp = r < 4 || r >= 8;
        const QString key = p.email;
        if (!inErp)
            discrepancy(u"missing_in_erp"_s, u"customer"_s, key, {u"crm"_s, u"erp"_s}, {}, {{u"crm"_s, key}});
        if (!inCrm)
            discrepancy(u"missing_in_crm"_s, u"customer"_s, key, {u"crm"_s, u"erp"_s}, {}, {{u"erp"_s, key}});
        QString erpPhone = crmPhone, erpEmail = p.email, erpName = p.name, erpStatus = str(ErpStatus[p.status]);
        if (r >= 8 && r < 16) {
            erpPhone = str(p.place->code) == u"1" ? u"(%1) %2-%3"_s.arg(p.area, p.number.left(3), p.number.mid(3))
                                                   : u"0%1/%2"_s.arg(p.area, p.number);
            discrepancy(u"phone_format"_s, u"customer"_s, key, {u"crm"_s, u"erp"_s}, u"phone"_s,
                        {{u"crm"_s, crmPhone}, {u"erp"_s, erpPhone}});
        } else if (r >= 16 && r < 22) {
            erpEmail = u"  "_s + p.email.left(1).toUpper() + p.email.mid(1, p.email.indexOf(QLatin1Char('@')))
                + p.email.mid(p.email.indexOf(QLatin1Char('@')) + 1).toUpper() + QLatin1Char(' ');
            discrepancy(u"email_case_whitespace"_s, u"customer"_s, key, {u"crm"_s, u"erp"_s}, u"email"_s,
                        {{u"crm"_s, p.email}, {u"erp"_s, erpEmail}});
        } else if (r >= 22 && r < 26) {
            erpName = u" "_s + (p.chinese ? p.name : p.name.toUpper()) + u"  "_s;
            discrepancy(u"name_case_whitespace"_s, u"customer"_s, key, {u"crm"_s, u"erp"_s}, u"name"_s,
                        {{u"crm"_s, p.name}, {u"erp"_s, erpName}});
        } else if (r >= 29 && r < 34) {
            erpStatus = p.status == 0 ? u"I"_s : u"A"_s;
            discrepancy(u"status_mismatch"_s, u"customer"_s, key, {u"crm"_s, u"erp"_s}, u"status"_s,
                        {{u"crm"_s, str(CrmStatus[p.status])}, {u"erp"_s, erpStatus}});
        }
        if (inCrm) {
            p.crmId = 1001 + index;
            m_data.crmContacts.append(hubspotRecord(
                p.crmId,
                QJsonObject{{u"email"_s, p.email}, {u"firstname"_s, p.first}, {u"lastname"_s, p.last},
                            {u"phone"_s, crmPhone}, {u"company"_s, m_companyNames.at(p.company)},
                            {u"address"_s, QString(str(p.place->street) + u" %1"_s.arg(1 + index % 180))},
                            {u"city"_s, str(p.place->city)}, {u"country"_s, str(p.place->country)},
                            {u"customer_status"_s, str(CrmStatus[p.status])}, {u"lifecyclestage"_s, u"customer"_s}},
                p.created, p.updated));
        }
        if (inErp) {
            auto erpCustomer = [&](const QString &email) {
                p.erpId = m_data.erpCustomers.size() + 1;
                m_data.erpCustomers.append(QJsonObject{
                    {u"id"_s, p.erpId},
                    {u"customer_no"_s, u"C-%1"_s.arg(100000 + p.erpId)},
                    {u"name"_s, erpName},
                    {u"email"_s, email},
                    {u"phone"_s, erpPhone},
                    {u"status"_s, erpStatus},
                    {u"company"_s, m_companyErpNames.at(p.company)},
                    {u"street"_s, QString(str(p.place->street) + u" %1"_s.arg(1 + index % 180))},
                    {u"city"_s, str(p.place->city)},
                    {u"postal_code"_s, QString::number(10000 + index % 89999)},
                    {u"country"_s, str(p.place->country)},
                    {u"created"_s, erpLocalTime(p.created)},
                    {u"updated_at"_s, isoSeconds(p.updated)},
                    {u"version"_s, 1}});
                m_erpCustomerCurrency.append(str(p.place->currency));
            };
            erpCustomer(erpEmail);
            if (r >= 26 && r < 29) {
                erpCustomer(p.email.toUpper());
                discrepancy(u"duplicate_email"_s, u"customer"_s, key, {u"erp"_s}, u"email"_s,
                            {{u"erp"_s, QJsonArray{u"C-%1"_s.arg(100000 + p.erpId - 1), u"C-%1"_s.arg(100000 + p.erpId)}}},
                            u"Two ERP customers share one e-mail address (different case)."_s);
            }
            if (inCrm && p.created.toTimeZone(m_berlin).date() != p.created.date()) {
                discrepancy(u"date_timezone"_s, u"customer"_s, key, {u"crm"_s, u"erp"_s}, u"created"_s,
                            {{u"crm"_s, hubspotTime(p.created)}, {u"erp"_s, erpLocalTime(p.created)}},
                            u"The ERP writes Europe/Berlin local time; the calendar day differs from UTC."_s);
            }
        }
    }

    void orders()
    {
        const int count = 1500 * m_scale;
        const int customers = m_data.erpCustomers.size();
        for (int i = 0; i < count; ++i) {
            const int customer = static_cast<int>(m_random.bounded(static_cast<quint32>(customers)));
            const QString number = u"SO-%1"_s.arg(100001 + i);
            QJsonArray lines;
            qint64 total = 0;
            const int lineCount = 1 + static_cast<int>(m_random.bounded(4));
            for (int l = 0; l < lineCount; ++l) {
                const int product = static_cast<int>(m_random.bounded(static_cast<quint32>(m_productSkus.size())));
                const int qty = 1 + static_cast<int>(m_random.bounded(10));
                total += qty * m_productCents.at(product);
                lines.append(QJsonObject{{u"sku"_s, m_productSkus.at(product)},
                                         {u"qty"_s, QString::number(qty)},
                                         {u"unit_price"_s, money(m_productCents.at(product))}});
            }
            const quint32 s = m_random.bounded(100);
            const int status = s < 15 ? 0 : (s < 35 ? 1 : (s < 60 ? 2 : (s < 88 ? 3 : (s < 95 ? 4 : 5))));
            const QDateTime created = randomTime();
            m_data.erpOrders.append(QJsonObject{
                {u"id"_s, i + 1},
                {u"number"_s, number},
                {u"customer_id"_s, customer + 1},
                {u"status"_s, QString::fromLatin1(ErpStatuses[status])},
                {u"currency"_s, m_erpCustomerCurrency.at(customer)},
                {u"lines"_s, lines},
                {u"total"_s, money(total)},
                {u"ordered_at"_s, created.toTimeZone(m_berlin).toString(Qt::ISODate)},
                {u"updated_at"_s, isoSeconds(created.addDays(m_random.bounded(30)))},
                {u"version"_s, 1}});
            if (i % 3 == 0) {
                static const int StageOf[] = {0, 1, 2, 3, 4, 5};
                m_data.crmDeals.append(hubspotRecord(
                    9000 + i / 3,
                    QJsonObject{{u"dealname"_s, QString(number + u" "_s + m_data.erpCustomers.at(customer).value(u"company"_s).toString())},
                                {u"amount"_s, money(total)},
                                {u"dealstage"_s, str(DealStages[StageOf[status]])},
                                {u"pipeline"_s, u"default"_s},
                                {u"erp_order_no"_s, number},
                                {u"deal_currency_code"_s, m_erpCustomerCurrency.at(customer)},
                                {u"closedate"_s, hubspotTime(created.addDays(14))}},
                    created, created.addDays(m_random.bounded(30))));
            }
        }
    }

    void helpdesk()
    {
        QList<int> userPeople;
        for (int i = 0; i < m_people.size(); ++i) {
            const Person &p = m_people.at(i);
            if (m_random.bounded(100) >= 60)
                continue;
            const qint64 id = 360000000 + i;
            userPeople.append(i);
            m_data.helpdeskUsers.append(QJsonObject{
                {u"id"_s, id},
                {u"name"_s, p.name},
                {u"email"_s, p.email},
                {u"phone"_s, u"+%1%2%3"_s.arg(str(p.place->code), p.area, p.number)},
                {u"role"_s, u"end-user"_s},
                {u"active"_s, true},
                {u"locale"_s, p.chinese ? u"zh-cn"_s : u"en-US"_s},
                {u"time_zone"_s, p.chinese ? u"Asia/Shanghai"_s : u"Europe/Berlin"_s},
                {u"external_id"_s, p.crmId ? QJsonValue(QString::number(p.crmId)) : QJsonValue()},
                {u"created_at"_s, isoSeconds(p.created)},
                {u"updated_at"_s, isoSeconds(p.updated)}});
        }
        const int count = 300 * m_scale;
        static const char16_t *const Statuses[] = {u"new", u"open", u"pending", u"hold", u"solved", u"closed"};
        static const char16_t *const Priorities[] = {u"low", u"normal", u"high", u"urgent"};
        static const char16_t *const Types[] = {u"question", u"incident", u"problem", u"task"};
        for (int i = 0; i < count && !userPeople.isEmpty(); ++i) {
            const int u = static_cast<int>(m_random.bounded(static_cast<quint32>(userPeople.size())));
            const QJsonObject &user = m_data.helpdeskUsers.at(u);
            const QString order = u"SO-%1"_s.arg(100001 + m_random.bounded(static_cast<quint32>(qMax(1, m_data.erpOrders.size()))));
            const QString subject = str(pick(m_random, TicketSubjects)).replace(u"%1"_s, order);
            const QDateTime created = randomTime();
            m_data.helpdeskTickets.append(QJsonObject{
                {u"id"_s, i + 1},
                {u"subject"_s, subject},
                {u"raw_subject"_s, subject},
                {u"description"_s, QString(subject + u"\n\nSent from the customer portal."_s)},
                {u"status"_s, str(pick(m_random, Statuses))},
                {u"priority"_s, str(pick(m_random, Priorities))},
                {u"type"_s, str(pick(m_random, Types))},
                {u"requester_id"_s, user.value(u"id"_s)},
                {u"submitter_id"_s, user.value(u"id"_s)},
                {u"assignee_id"_s, QJsonValue()},
                {u"organization_id"_s, QJsonValue()},
                {u"external_id"_s, order},
                {u"tags"_s, QJsonArray{u"sandbox"_s, i % 2 ? u"order"_s : u"account"_s}},
                {u"created_at"_s, isoSeconds(created)},
                {u"updated_at"_s, isoSeconds(created.addSecs(m_random.bounded(5 * 86400)))}});
        }
    }

    void marketing()
    {
        static const char16_t *const Lists[] = {u"Newsletter", u"Product Updates", u"Events 活动"};
        static const int Share[] = {60, 30, 15};
        static const char16_t *const Statuses[] = {u"subscribed", u"unsubscribed", u"cleaned", u"pending"};
        for (int l = 0; l < 3; ++l) {
            const QString id = SandboxData::marketingListId(l, m_data.seed);
            QList<QJsonObject> members;
            for (const Person &p : std::as_const(m_people)) {
                if (m_random.bounded(100) >= Share[l])
                    continue;
                const quint32 s = m_random.bounded(100);
                const QString status = str(Statuses[s < 78 ? 0 : (s < 90 ? 1 : (s < 96 ? 2 : 3))]);
                // Some sign-up forms keep the case people typed; the id is still the lower-case hash.
                const QString email = m_random.bounded(10) == 0 ? p.email.left(1).toUpper() + p.email.mid(1) : p.email;
                const QString hash = SandboxData::subscriberHash(email);
                members.append(QJsonObject{
                    {u"id"_s, hash},
                    {u"email_address"_s, email},
                    {u"unique_email_id"_s, hash.left(10)},
                    {u"contact_id"_s, hash.mid(10, 20)},
                    {u"full_name"_s, p.name},
                    {u"email_type"_s, u"html"_s},
                    {u"status"_s, status},
                    {u"merge_fields"_s, QJsonObject{{u"FNAME"_s, p.first}, {u"LNAME"_s, p.last},
                                                    {u"PHONE"_s, u"%1-%2"_s.arg(p.area, p.number)}}},
                    {u"language"_s, p.chinese ? u"zh"_s : u"en"_s},
                    {u"timestamp_signup"_s, p.created.toString(Qt::ISODate).replace(u"Z"_s, u"+00:00"_s)},
                    {u"last_changed"_s, p.updated.toString(Qt::ISODate).replace(u"Z"_s, u"+00:00"_s)},
                    {u"list_id"_s, id}});
                if (!p.crmId)
                    discrepancy(u"missing_in_crm"_s, u"member"_s, p.email, {u"crm"_s, u"marketing"_s}, {},
                                {{u"marketing"_s, id}});
            }
            m_data.marketingLists.append(QJsonObject{
                {u"id"_s, id},
                {u"web_id"_s, 100 + l},
                {u"name"_s, str(Lists[l])},
                {u"permission_reminder"_s, u"You signed up on our website."_s},
                {u"email_type_option"_s, false},
                {u"date_created"_s, u"2020-0%1-01T09:00:00+00:00"_s.arg(l + 1)},
                {u"visibility"_s, u"prv"_s},
                {u"contact"_s, QJsonObject{{u"company"_s, u"CRM Bridge Sandbox"_s}, {u"address1"_s, u"Friedrichstraße 1"_s},
                                          {u"city"_s, u"Berlin"_s}, {u"zip"_s, u"10117"_s}, {u"country"_s, u"DE"_s}}},
                {u"campaign_defaults"_s, QJsonObject{{u"from_name"_s, u"Sandbox"_s}, {u"from_email"_s, u"news@sandbox.example"_s},
                                                    {u"subject"_s, str(Lists[l])}, {u"language"_s, u"en"_s}}}});
            m_data.marketingMembers.append(members);
        }
    }

    QRandomGenerator m_random;
    int m_scale;
    QTimeZone m_berlin;
    SandboxDataset m_data;
    QStringList m_companyNames, m_companyErpNames, m_companyDomains, m_productSkus, m_erpCustomerCurrency;
    QList<qint64> m_productCents;
    QList<Person> m_people;
};

} // namespace

SandboxDataset SandboxData::generate(quint32 seed, int scale)
{
    return Generator(seed, scale).run();
}

QString SandboxData::subscriberHash(const QString &email)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(email.trimmed().toLower().toUtf8(), QCryptographicHash::Md5).toHex());
}

QString SandboxData::marketingListId(int index, quint32 seed)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(u"list-%1-%2"_s.arg(index).arg(seed).toUtf8(), QCryptographicHash::Md5).toHex().left(10));
}

} // namespace crmbridge
