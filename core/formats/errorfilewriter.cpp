#include "core/formats/errorfilewriter.h"

namespace crmbridge::formats {

using mapping::Value;

QStringList ErrorFileWriter::standardColumns()
{
    return { QStringLiteral("record"), QStringLiteral("line"), QStringLiteral("column"),
             QStringLiteral("field"), QStringLiteral("reason") };
}

ErrorFileWriter::ErrorFileWriter(QIODevice *device, QStringList extraColumns, QString targetName)
    : m_csv(device, standardColumns() + extraColumns, {}, std::move(targetName))
    , m_shape(std::make_shared<const mapping::FieldIndex>(m_csv.columns()))
    , m_row(m_shape)
{ }

Status ErrorFileWriter::write(const RejectedRecord &rejected)
{
    return write(rejected.position, QString(), rejected.error.message());
}

Status ErrorFileWriter::write(const RecordPosition &position, const QString &field, const QString &reason,
                              const QStringList &extra)
{
    m_row.at(0) = Value::fromInt(position.record);
    m_row.at(1) = position.line > 0 ? Value::fromInt(position.line) : Value();
    m_row.at(2) = position.column > 0 ? Value::fromInt(position.column) : Value();
    m_row.at(3) = Value(field);
    m_row.at(4) = Value(reason);
    for (int i = 5; i < m_row.size(); ++i)
        m_row.at(i) = i - 5 < extra.size() ? Value(extra.at(i - 5)) : Value();
    return m_csv.write(m_row);
}

} // namespace crmbridge::formats
