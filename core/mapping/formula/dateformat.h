#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace crmbridge::mapping {

/// Calendar fields as read from or written to text, before any time-zone rule applies.
struct DateParts
{
    int year = 1970;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int msec = 0;
    std::optional<int> offsetSeconds; ///< only when the text carried one (Z, +08:00)
};

/// An explicit date format, compiled once: yyyy yy M MM MMM MMMM d dd ddd dddd H HH h hh m mm
/// s ss zzz AP ap Z and 'quoted literals'; any other character is literal (so "yyyy年M月d日"
/// works). Month and weekday names are English, whatever the machine's locale, so a mapping
/// reads the same file the same way on every machine. "ISO" is ISO 8601 (date, or date and
/// time with optional offset).
class DateFormat
{
    Q_DECLARE_TR_FUNCTIONS(DateFormat)

public:
    static std::optional<DateFormat> compile(const QString &pattern, QString *error);

    const QString &pattern() const { return m_pattern; }
    bool hasTime() const { return m_hasTime; }
    /// Whether text can be read with it: a format without a year or a time (just "dddd")
    /// can only write.
    bool canParse() const { return m_iso || m_hasYear || m_hasTime; }
    bool isIso() const { return m_iso; }

    /// The fields, or nullopt when `text` does not match the format or names an impossible
    /// date (2024-02-30). An ISO text without a time gives `*hasTime = false`.
    std::optional<DateParts> parse(QStringView text, bool *hasTime = nullptr) const;
    QString format(const DateParts &parts) const;

private:
    enum class Tok {
        Literal, Year4, Year2, Month, Month2, MonthShort, MonthLong, Day, Day2, WeekdayShort, WeekdayLong,
        Hour24, Hour24Two, Hour12, Hour12Two, Minute, MinuteTwo, Second, SecondTwo, Millis, AmPmUpper, AmPmLower, Offset
    };
    struct Item
    {
        Tok tok;
        QString literal;
    };
    std::optional<DateParts> parseIso(QStringView text, bool *hasTime) const;

    QString m_pattern;
    std::vector<Item> m_items;
    bool m_hasTime = false;
    bool m_hasYear = false;
    bool m_iso = false;
};

} // namespace crmbridge::mapping
