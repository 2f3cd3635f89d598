// Contact-data functions: phone numbers through libphonenumber (the same metadata Android and
// the big CRMs use), e-mail normalization, and hashes (Mailchimp member ids are MD5 of the
// lower-cased address).

#include "core/mapping/formula/functionhelpers.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

namespace crmbridge::mapping {

using namespace fn;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

enum class PhoneStyle { E164, National, International };

struct BoundPhone : BoundData
{
    std::string region;
    PhoneStyle style = PhoneStyle::E164;
};

std::optional<PhoneStyle> styleOf(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("E164") || n.isEmpty())
        return PhoneStyle::E164;
    if (n == QLatin1String("NATIONAL"))
        return PhoneStyle::National;
    if (n == QLatin1String("INTERNATIONAL"))
        return PhoneStyle::International;
    return std::nullopt;
}

bool knownRegion(const QString &region)
{
    if (region.isEmpty())
        return true; // numbers must then carry their own +country code
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    return regions.count(region.toUpper().toStdString()) > 0;
}

PrepareResult preparePhone(const PrepareArgs &p)
{
    PrepareResult r;
    auto bound = std::make_shared<BoundPhone>();
    const Value *region = p.constant(1);
    const Value *style = p.constant(2);
    if (region) {
        const QString code = coerce::text(*region).trimmed();
        if (!knownRegion(code)) {
            r.error = Tr::tr("unknown region '%1'").arg(code);
            r.hint = Tr::tr("Use a two-letter ISO country code such as \"US\", \"CN\" or \"DE\".");
            r.errorArgument = 1;
            return r;
        }
        bound->region = code.toUpper().toStdString();
    }
    if (style) {
        const auto s = styleOf(coerce::text(*style));
        if (!s) {
            r.error = Tr::tr("unknown phone format '%1'").arg(coerce::text(*style));
            r.hint = Tr::tr("Use \"E164\", \"NATIONAL\" or \"INTERNATIONAL\".");
            r.errorArgument = 2;
            return r;
        }
        bound->style = *s;
    }
    // Only fully constant settings are bound; otherwise each call reads its own arguments.
    if ((region || p.constants.size() < 2) && (style || p.constants.size() < 3))
        r.bound = std::move(bound);
    return r;
}

struct PhoneSettings
{
    std::string region;
    PhoneStyle style = PhoneStyle::E164;
};

std::optional<PhoneSettings> phoneSettings(const CallArgs &a, Value &error)
{
    if (a.bound) {
        const auto *b = static_cast<const BoundPhone *>(a.bound);
        return PhoneSettings{b->region, b->style};
    }
    PhoneSettings s;
    const QString region = text(a, 1).trimmed().toUpper();
    if (!knownRegion(region)) {
        error = a.error(Tr::tr("unknown region '%1'").arg(region));
        return std::nullopt;
    }
    s.region = region.toStdString();
    const auto style = styleOf(text(a, 2));
    if (!style) {
        error = a.error(Tr::tr("unknown phone format '%1'").arg(text(a, 2)));
        return std::nullopt;
    }
    s.style = *style;
    return s;
}

std::optional<PhoneNumber> parsePhone(const QString &input, const std::string &region)
{
    // libphonenumber parses with ICU regular expressions, some 100k instructions a number. The
    // live preview maps the same samples again after every edit, so each thread remembers the
    // last few thousand answers (a pure function of text and region).
    constexpr qsizetype kCachedPhones = 4096;
    thread_local QHash<QString, std::optional<PhoneNumber>> cache;
    const QString key = input + QChar(0x1F) + QString::fromStdString(region);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    PhoneNumber number;
    const std::string region_code = region.empty() ? std::string("ZZ") : region;
    std::optional<PhoneNumber> result;
    if (PhoneNumberUtil::GetInstance()->Parse(input.toStdString(), region_code, &number) == PhoneNumberUtil::NO_PARSING_ERROR)
        result = number;
    if (cache.size() >= kCachedPhones)
        cache.clear();
    cache.insert(key, result);
    return result;
}

Value phoneFn(const CallArgs &a)
{
    if (a[0].isBlank())
        return Value::null();
    Value error;
    const auto settings = phoneSettings(a, error);
    if (!settings)
        return error;
    const QString input = text(a, 0).trimmed();
    const auto number = parsePhone(input, settings->region);
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    // A number that is only possible locally (555-0100 without an area code) cannot be
    // written in E.164 or international form, so it is not accepted either.
    if (!number || util->IsPossibleNumberWithReason(*number) != PhoneNumberUtil::IS_POSSIBLE)
        return a.error(Tr::tr("'%1' is not a phone number%2")
                           .arg(input, settings->region.empty() ? Tr::tr(" (no region given and no +country code)") : QString()));
    std::string out;
    switch (settings->style) {
    case PhoneStyle::E164: util->Format(*number, PhoneNumberUtil::E164, &out); break;
    case PhoneStyle::National: util->Format(*number, PhoneNumberUtil::NATIONAL, &out); break;
    case PhoneStyle::International: util->Format(*number, PhoneNumberUtil::INTERNATIONAL, &out); break;
    }
    if (number->has_extension() && settings->style == PhoneStyle::E164)
        out += ";ext=" + number->extension();
    return Value(QString::fromStdString(out));
}

Value phoneValidFn(const CallArgs &a)
{
    if (a[0].isBlank())
        return Value(false);
    Value error;
    const auto settings = phoneSettings(a, error);
    if (!settings)
        return error;
    const auto number = parsePhone(text(a, 0).trimmed(), settings->region);
    return Value(number && PhoneNumberUtil::GetInstance()->IsValidNumber(*number));
}

Value emailNormalizeFn(const CallArgs &a)
{
    if (a[0].isBlank())
        return Value::null();
    QString s = text(a, 0).trimmed();
    // Exports wrap addresses in mailto: links and angle brackets ("Ann <ann@x.com>").
    const qsizetype lt = s.lastIndexOf(QLatin1Char('<'));
    if (lt >= 0 && s.endsWith(QLatin1Char('>')))
        s = s.mid(lt + 1, s.size() - lt - 2).trimmed();
    if (s.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        s = s.mid(7);
    return Value(s.toLower());
}

Value emailValidFn(const CallArgs &a)
{
    if (a[0].isBlank())
        return Value(false);
    // Deliberately practical, not RFC 5322: one @, a dotted domain, no spaces; Unicode allowed.
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return Value(re.match(text(a, 0).trimmed()).hasMatch());
}

struct BoundHash : BoundData
{
    QCryptographicHash::Algorithm algorithm;
};

std::optional<QCryptographicHash::Algorithm> algorithmOf(const QString &name)
{
    const QString n = name.trimmed().toUpper().remove(QLatin1Char('-'));
    if (n == QLatin1String("MD5"))
        return QCryptographicHash::Md5;
    if (n == QLatin1String("SHA1"))
        return QCryptographicHash::Sha1;
    if (n == QLatin1String("SHA256"))
        return QCryptographicHash::Sha256;
    return std::nullopt;
}

PrepareResult prepareHash(const PrepareArgs &p)
{
    PrepareResult r;
    if (const Value *name = p.constant(0)) {
        const auto algorithm = algorithmOf(coerce::text(*name));
        if (!algorithm) {
            r.error = Tr::tr("unknown hash '%1'").arg(coerce::text(*name));
            r.hint = Tr::tr("Use \"MD5\", \"SHA1\" or \"SHA256\".");
            r.errorArgument = 0;
            return r;
        }
        auto bound = std::make_shared<BoundHash>();
        bound->algorithm = *algorithm;
        r.bound = std::move(bound);
    }
    return r;
}

Value hashFn(const CallArgs &a)
{
    if (a[1].isAbsent())
        return Value::null();
    std::optional<QCryptographicHash::Algorithm> algorithm;
    if (a.bound)
        algorithm = static_cast<const BoundHash *>(a.bound)->algorithm;
    else
        algorithm = algorithmOf(text(a, 0));
    if (!algorithm)
        return a.error(Tr::tr("unknown hash '%1'").arg(text(a, 0)));
    return Value(QString::fromLatin1(QCryptographicHash::hash(text(a, 1).toUtf8(), *algorithm).toHex()));
}

const FunctionSpec kContact[] = {
    {"PHONE", 1, 3, phoneFn, "PHONE(value, [default_region], [\"E164\"|\"NATIONAL\"|\"INTERNATIONAL\"])", preparePhone},
    {"PHONE_VALID", 1, 2, phoneValidFn, "PHONE_VALID(value, [default_region])", preparePhone},
    {"EMAIL_NORMALIZE", 1, 1, emailNormalizeFn, "EMAIL_NORMALIZE(text)"},
    {"EMAIL_VALID", 1, 1, emailValidFn, "EMAIL_VALID(text)"},
    {"HASH", 2, 2, hashFn, "HASH(\"MD5\"|\"SHA1\"|\"SHA256\", text)", prepareHash},
};

} // namespace

std::span<const FunctionSpec> FunctionLibrary::contactFunctions()
{
    return kContact;
}

} // namespace crmbridge::mapping
