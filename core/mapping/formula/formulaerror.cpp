#include "core/mapping/formula/formulaerror.h"

#include <QCoreApplication>

namespace crmbridge::mapping {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FormulaError)
};
} // namespace

FormulaError FormulaError::at(const QString &formula, int offset, int length, QString message, QString hint)
{
    FormulaError e;
    e.message = std::move(message);
    e.hint = std::move(hint);
    e.formula = formula;
    e.offset = std::clamp(offset, 0, int(formula.size()));
    e.length = std::max(1, length);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < e.offset; ++i) {
        if (formula.at(i) == QLatin1Char('\n')) {
            ++line;
            lineStart = i + 1;
        }
    }
    e.line = line;
    // Columns count characters, not UTF-16 units, so a caret lines up after Chinese text
    // in a terminal that shows each code point as one cell or two.
    int column = 1;
    for (int i = lineStart; i < e.offset; ++i) {
        if (!formula.at(i).isLowSurrogate())
            ++column;
    }
    e.column = column;
    return e;
}

QString FormulaError::caret() const
{
    int lineStart = offset;
    while (lineStart > 0 && formula.at(lineStart - 1) != QLatin1Char('\n'))
        --lineStart;
    int lineEnd = offset;
    while (lineEnd < formula.size() && formula.at(lineEnd) != QLatin1Char('\n'))
        ++lineEnd;
    QString pad;
    for (int i = lineStart; i < offset; ++i) {
        const QChar ch = formula.at(i);
        if (ch.isLowSurrogate())
            continue;
        // East Asian wide characters take two terminal cells.
        const char16_t u = ch.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6)
            || ch.isHighSurrogate();
        pad += ch == QLatin1Char('\t') ? QStringLiteral("\t") : (wide ? QStringLiteral("  ") : QStringLiteral(" "));
    }
    const int underline = std::max(1, std::min(length, int(lineEnd - offset)));
    return formula.mid(lineStart, lineEnd - lineStart) + QLatin1Char('\n') + pad + QLatin1Char('^')
        + QString(underline - 1, QLatin1Char('~'));
}

QString FormulaError::text() const
{
    return QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(message);
}

Error FormulaError::toError(const QString &rule) const
{
    const QString where = rule.isEmpty() ? QStringLiteral("%1:%2").arg(line).arg(column)
                                         : Tr::tr("rule %1, %2:%3").arg(rule).arg(line).arg(column);
    QString fullHint = hint.isEmpty() ? Tr::tr("Fix the formula at the marked position.") : hint;
    fullHint += QLatin1Char('\n') + caret();
    return Error::input(message, where, fullHint);
}

} // namespace crmbridge::mapping
