#include "core/mapping/valuemap.h"

namespace crmbridge::mapping {

ValueMap::ValueMap(QString name, QList<Entry> entries, bool foldCase, bool foldWhitespace, std::optional<QString> defaultValue)
    : m_name(std::move(name)), m_entries(std::move(entries)), m_foldCase(foldCase), m_foldWhitespace(foldWhitespace),
      m_default(std::move(defaultValue))
{
    rebuild();
}

void ValueMap::setEntries(QList<Entry> entries)
{
    m_entries = std::move(entries);
    rebuild();
}

void ValueMap::setFolding(bool foldCase, bool foldWhitespace)
{
    m_foldCase = foldCase;
    m_foldWhitespace = foldWhitespace;
    rebuild();
}

QString ValueMap::fold(const QString &key) const
{
    QString k = m_foldWhitespace ? key.simplified() : key;
    return m_foldCase ? k.toCaseFolded() : k;
}

void ValueMap::rebuild()
{
    m_index.clear();
    m_index.reserve(m_entries.size());
    // The first entry wins, as it does when the analyst reads the table top-down.
    for (const Entry &e : std::as_const(m_entries)) {
        const QString k = fold(e.first);
        if (!m_index.contains(k))
            m_index.insert(k, e.second);
    }
}

std::optional<QString> ValueMap::find(const QString &key) const
{
    if (!m_foldCase && !m_foldWhitespace) {
        auto it = m_index.constFind(key);
        return it == m_index.constEnd() ? std::nullopt : std::optional<QString>(it.value());
    }
    auto it = m_index.constFind(fold(key));
    return it == m_index.constEnd() ? std::nullopt : std::optional<QString>(it.value());
}

QStringList ValueMap::conflictingKeys() const
{
    QHash<QString, int> seen;
    QStringList out;
    for (const Entry &e : m_entries) {
        if (seen[fold(e.first)]++ == 1)
            out << e.first;
    }
    return out;
}

Result<ValueMap> ValueMap::fromCsv(const QString &name, const QByteArray &csv)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<Entry> entries;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int rowLine = 1;
    auto endRow = [&]() -> Status {
        row << field;
        field.clear();
        fieldStarted = false;
        const bool blank = row.size() == 1 && row.front().trimmed().isEmpty();
        if (!blank) {
            if (row.size() != 2)
                return Error::input(tr("Value map line has %1 columns; expected 2 (source,target).").arg(row.size()),
                                    tr("%1, line %2").arg(name).arg(rowLine),
                                    tr("Quote values that contain commas: \"a, b\"."));
            const bool header = entries.isEmpty() && rowLine == 1 && row[0].trimmed().toLower() == QLatin1String("source")
                && row[1].trimmed().toLower() == QLatin1String("target");
            if (!header)
                entries.append({row[0], row[1]});
        }
        row.clear();
        rowLine = line;
        return {};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            if (Status s = endRow(); !s)
                return s.error();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error::input(tr("A quoted value is never closed."), tr("%1, line %2").arg(name).arg(rowLine),
                            tr("Add the closing quote."));
    if (fieldStarted || !row.isEmpty())
        if (Status s = endRow(); !s)
            return s.error();
    return ValueMap(name, entries);
}

} // namespace crmbridge::mapping
