#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace crmbridge::mapping {

/// A named lookup table of a mapping ("Active" -> "A"), used by LOOKUP(name, key, [default]).
/// Keys can be matched ignoring case and/or surrounding and repeated whitespace; the default
/// answers keys not in the table. Entries keep the order the analyst gave them (for the editor
/// and for diffable files); the index is rebuilt whenever they change, so lookups stay O(1).
class ValueMap
{
    Q_DECLARE_TR_FUNCTIONS(ValueMap)

public:
    using Entry = std::pair<QString, QString>;

    ValueMap() = default;
    explicit ValueMap(QString name, QList<Entry> entries = {}, bool foldCase = false, bool foldWhitespace = false,
                      std::optional<QString> defaultValue = std::nullopt);

    const QString &name() const { return m_name; }
    void setName(QString name) { m_name = std::move(name); }
    const QList<Entry> &entries() const { return m_entries; }
    void setEntries(QList<Entry> entries);
    bool foldCase() const { return m_foldCase; }
    bool foldWhitespace() const { return m_foldWhitespace; }
    void setFolding(bool foldCase, bool foldWhitespace);
    const std::optional<QString> &defaultValue() const { return m_default; }
    void setDefaultValue(std::optional<QString> value) { m_default = std::move(value); }

    /// The target value for `key`, or nullopt (the caller decides about defaults).
    std::optional<QString> find(const QString &key) const;
    /// Keys that fold to the same key (a table that cannot answer unambiguously).
    QStringList conflictingKeys() const;

    /// Reads "source,target" lines (RFC 4180 quoting, optional header "source,target",
    /// UTF-8 with or without BOM). Errors name the line.
    static Result<ValueMap> fromCsv(const QString &name, const QByteArray &csv);

private:
    QString fold(const QString &key) const;
    void rebuild();

    QString m_name;
    QList<Entry> m_entries;
    bool m_foldCase = false;
    bool m_foldWhitespace = false;
    std::optional<QString> m_default;
    QHash<QString, QString> m_index;
};

} // namespace crmbridge::mapping
