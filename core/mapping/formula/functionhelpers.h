#pragma once

// Shared by the function library's source files; not part of the engine's API.

#include "core/mapping/formula/coerce.h"
#include "core/mapping/formula/functions.h"

#include <QCoreApplication>

namespace crmbridge::mapping::fn {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FormulaFunctions)
};

/// Number of Unicode code points (a Chinese character or an emoji counts as one).
inline qsizetype codePointCount(QStringView s)
{
    qsizetype n = 0;
    for (const QChar c : s)
        n += c.isLowSurrogate() ? 0 : 1;
    return n;
}

/// UTF-16 offset of the code point at `index` (clamped to the end).
inline qsizetype unitOffset(QStringView s, qsizetype index)
{
    qsizetype i = 0;
    while (i < s.size() && index > 0) {
        i += (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) ? 2 : 1;
        --index;
    }
    return i;
}

/// Code points [start, start + count) of `s`, clamped.
inline QString codePointMid(const QString &s, qsizetype start, qsizetype count)
{
    const qsizetype from = unitOffset(s, start);
    const qsizetype to = from + unitOffset(QStringView(s).mid(from), count);
    return s.mid(from, to - from);
}

/// An argument that must be text: absent stays absent (caller returns null), others convert.
inline QString text(const CallArgs &args, int i)
{
    return i < args.size() ? coerce::text(args[i]) : QString();
}

inline bool absent(const CallArgs &args, int i)
{
    return i < args.size() && args[i].isAbsent();
}

inline Value notANumber(const CallArgs &args, int i, const QString &what)
{
    return args.error(Tr::tr("%1 must be a number, got '%2'").arg(what, coerce::text(args[i])));
}

} // namespace crmbridge::mapping::fn
