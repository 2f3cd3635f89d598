#include "core/discovery/schemadiscovery.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

#include <cmath>

namespace crmbridge {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

SchemaDiscovery::SchemaDiscovery(DiscoveryOptions options) : m_options(std::move(options)) { }

static bool looksLikePhone(const QString &text, const QString &region)
{
    // Cheap shape test first: digits and phone punctuation only, 7 to 15 digits.
    static const QRegularExpression shape(QStringLiteral("^\\+?[0-9 ()./\\-]{6,24}$"));
    if (!shape.match(text).hasMatch())
        return false;
    int digits = 0;
    for (const QChar c : text)
        digits += c.isDigit() ? 1 : 0;
    if (digits < 7 || digits > 15)
        return false;
    // A plain run of digits without any phone punctuation or '+' is more likely an id.
    if (!text.startsWith(QLatin1Char('+')) && !text.contains(QRegularExpression(QStringLiteral("[ ()./\\-]"))))
        return false;
    PhoneNumber number;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    if (util->Parse(text.toStdString(), region.toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return false;
    return util->IsPossibleNumber(number);
}

static bool isDate(const QString &text, QString *format)
{
    static const char *const patterns[] = {"yyyy-MM-dd", "yyyy/MM/dd", "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "MM/dd/yyyy",
                                           "d MMM yyyy", "MMM d, yyyy"};
    if (text.size() < 8 || text.size() > 12)
        return false;
    for (const char *p : patterns) {
        const QString pattern = QString::fromLatin1(p);
        if (QDate::fromString(text, pattern).isValid()) {
            *format = pattern;
            return true;
        }
    }
    return false;
}

static bool isDateTime(const QString &text, QString *format)
{
    if (text.size() < 15 || text.size() > 40 || !text.at(0).isLetterOrNumber())
        return false;
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}"));
    if (iso.match(text).hasMatch()) {
        QString t = text;
        t[10] = QLatin1Char('T');
        if (QDateTime::fromString(t, Qt::ISODateWithMs).isValid()) {
            *format = QStringLiteral("iso8601");
            return true;
        }
    }
    if (QDateTime::fromString(text, Qt::RFC2822Date).isValid()) {
        *format = QStringLiteral("rfc2822");
        return true;
    }
    for (const char *p : {"dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm",
                          "MM/dd/yyyy HH:mm:ss", "MM/dd/yyyy hh:mm AP", "yyyy/MM/dd HH:mm:ss"}) {
        const QString pattern = QString::fromLatin1(p);
        if (QDateTime::fromString(text, pattern).isValid()) {
            *format = pattern;
            return true;
        }
    }
    return false;
}

FieldType SchemaDiscovery::classifyText(const QString &raw, const QString &phoneRegion, QString *format)
{
    QString dummy;
    QString &fmt = format ? *format : dummy;
    fmt.clear();
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return FieldType::Text;
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$"));
    if (text.contains(QLatin1Char('@')))
        return email.match(text).hasMatch() ? FieldType::Email : FieldType::Text;
    static const QRegularExpression decimal(QStringLiteral("^-?\\d+\\.(\\d+)$"));
    const QRegularExpressionMatch d = decimal.match(text);
    if (d.hasMatch()) {
        fmt = QStringLiteral("scale=") + QString::number(d.capturedLength(1));
        return FieldType::Decimal;
    }
    if (isDateTime(text, &fmt))
        return FieldType::DateTime;
    if (isDate(text, &fmt))
        return FieldType::Date;
    if (looksLikePhone(text, phoneRegion))
        return FieldType::Phone;
    return FieldType::Text;
}

void SchemaDiscovery::add(const QJsonObject &record)
{
    ++m_samples;
    visitObject(QString(), record);
}

void SchemaDiscovery::visitObject(const QString &path, const QJsonObject &object)
{
    Stats &parent = m_stats[path];
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!parent.children.contains(it.key()))
            parent.children.append(it.key());
    }
    for (auto it = object.begin(); it != object.end(); ++it)
        visit(path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), it.value());
}

void SchemaDiscovery::visit(const QString &path, const QJsonValue &value)
{
    Stats &s = m_stats[path];
    ++s.present;
    const auto example = [&](const QJsonValue &v) {
        if (s.examples.size() < m_options.maxExamples && !s.examples.contains(v))
            s.examples.append(v);
    };
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        ++s.nulls;
        return;
    case QJsonValue::Bool:
        ++s.bools;
        example(value);
        return;
    case QJsonValue::Double: {
        const double v = value.toDouble();
        if (std::floor(v) == v && std::fabs(v) < 9.0e15) {
            ++s.integers;
        } else {
            ++s.fractions;
            // Decimals shown by the shortest round-trip text: 12.5 -> 1, 3.99 -> 2.
            const QString text = QString::number(v, 'g', 15);
            const qsizetype dot = text.indexOf(QLatin1Char('.'));
            if (dot >= 0 && !text.contains(QLatin1Char('e')))
                s.maxScale = qMax(s.maxScale, int(text.size() - dot - 1));
            else
                s.maxScale = 99;
        }
        example(value);
        return;
    }
    case QJsonValue::String: {
        ++s.texts;
        const QString text = value.toString();
        QString format;
        const FieldType t = classifyText(text, m_options.phoneRegion, &format);
        ++s.textTypes[int(t)];
        if (!format.isEmpty() && !s.textFormats.contains(format) && s.textFormats.size() < 8)
            s.textFormats.append(format);
        if (!s.tooManyDistinct) {
            ++s.distinct[text];
            if (s.distinct.size() > m_options.enumMaxValues) {
                s.tooManyDistinct = true;
                s.distinct.clear();
            }
        }
        example(value);
        return;
    }
    case QJsonValue::Object:
        ++s.objects;
        visitObject(path, value.toObject());
        return;
    case QJsonValue::Array: {
        ++s.arrays;
        const QJsonArray array = value.toArray();
        const QString element = path + QStringLiteral("[]");
        m_stats[element]; // exists even for empty arrays
        for (const QJsonValue &item : array)
            visit(element, item);
        return;
    }
    }
}

FieldNode SchemaDiscovery::node(const QString &path, const QString &name, int parentCount) const
{
    FieldNode n;
    n.name = name;
    const Stats s = m_stats.value(path);
    n.presence = parentCount > 0 ? double(s.present) / parentCount : 0;
    n.nullCount = s.nulls;
    n.examples = s.examples;
    const int values = s.present - s.nulls;
    if (values == 0) {
        n.type = FieldType::Unknown;
        return n;
    }
    // The kind most samples have; ties go to the richer structure.
    if (s.objects > 0 && s.objects >= values - s.objects) {
        n.type = FieldType::Object;
        n.examples = {};
        for (const QString &child : s.children)
            n.children.append(node(path + QLatin1Char('.') + child, child, s.objects));
        return n;
    }
    if (s.arrays > 0 && s.arrays >= values - s.arrays) {
        n.type = FieldType::Array;
        n.examples = {};
        const QString elementPath = path + QStringLiteral("[]");
        const FieldNode element = node(elementPath, QString(), m_stats.value(elementPath).present);
        n.elementType = element.type;
        n.enumValues = element.enumValues;
        // Children of element objects have presence relative to the elements.
        for (const FieldNode &child : element.children)
            n.children.append(child);
        return n;
    }
    if (s.bools == values) {
        n.type = FieldType::Bool;
    } else if (s.integers + s.fractions == values) {
        n.type = s.fractions > 0 && s.maxScale <= 4 ? FieldType::Decimal : FieldType::Number;
        if (n.type == FieldType::Decimal)
            n.format = QStringLiteral("scale=") + QString::number(s.maxScale);
    } else if (s.texts == values) {
        int best = int(FieldType::Text);
        if (s.textTypes.size() == 1) {
            best = s.textTypes.begin().key();
        } else if (s.textTypes.size() == 2 && s.textTypes.contains(int(FieldType::Date))
                   && s.textTypes.contains(int(FieldType::DateTime))) {
            best = int(FieldType::DateTime);
        }
        n.type = FieldType(best);
        // A decimal keeps a fixed scale ("12.50", "3.00"); mixed scales are just text.
        if (n.type == FieldType::Decimal && s.textFormats.size() != 1)
            n.type = FieldType::Text;
        if (n.type == FieldType::Date || n.type == FieldType::DateTime || n.type == FieldType::Decimal)
            n.format = s.textFormats.size() == 1 ? s.textFormats.first() : QStringLiteral("mixed");
        if (n.type == FieldType::Text && !s.tooManyDistinct && values >= m_options.enumMinSamples
            && s.distinct.size() <= m_options.enumMaxValues && s.distinct.size() < values) {
            n.type = FieldType::Enum;
            n.enumValues = s.distinct.keys();
        }
    } else {
        // Mixed scalars (numbers and text): text is what can hold them all.
        n.type = FieldType::Text;
        n.format = QStringLiteral("mixed");
    }
    return n;
}

FieldTree SchemaDiscovery::result() const
{
    FieldTree tree;
    tree.source = QStringLiteral("discovery");
    tree.sampleCount = m_samples;
    const Stats root = m_stats.value(QString());
    for (const QString &child : root.children)
        tree.fields.append(node(child, child, m_samples));
    tree.sort();
    return tree;
}

FieldTree SchemaDiscovery::discover(const QList<QJsonObject> &records, const DiscoveryOptions &options)
{
    SchemaDiscovery discovery(options);
    for (const QJsonObject &record : records)
        discovery.add(record);
    return discovery.result();
}

} // namespace crmbridge
