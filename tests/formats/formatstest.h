#pragma once

#include "core/formats/recordreader.h"
#include "core/formats/valueencoding.h"
#include "testsupport.h"

#include <QFile>
#include <QString>

namespace crmbridge::test {

inline QString formatsFixture(const QString &name)
{
    return fixturesDir() + QStringLiteral("/formats/") + name;
}

/// Everything a reader yields, one line per record in record order: "#3 4:1 {json}" for a record
/// at line 4 column 1, "#5 rejected: <message>" for a rejected one, and "error: <message>" when
/// reading stopped on an error. What golden files hold. With `deferred`, the reader only cuts
/// records (when it can) and a RecordParser parses each batch, as the pipeline's workers do: the
/// rendering must not change.
inline QString renderAll(formats::RecordReader &reader, qsizetype batchSize, bool deferred = false)
{
    QByteArray out;
    formats::RecordBatch batch;
    std::unique_ptr<formats::RecordParser> parser;
    if (deferred && reader.setDeferredParsing(true))
        parser = reader.newParser();
    for (;;) {
        const Status status = reader.readBatch(batch, batchSize);
        if (!status) {
            out += "error: " + status.error().message().toUtf8() + '\n';
            break;
        }
        if (parser)
            parser->parse(batch);
        if (batch.isEmpty())
            break;
        std::size_t rejected = 0;
        for (qsizetype i = 0; i <= batch.size(); ++i) {
            const qint64 number = i < batch.size() ? batch.positions()[std::size_t(i)].record : -1;
            while (rejected < batch.rejected.size()
                   && (number < 0 || batch.rejected[rejected].position.record < number)) {
                const formats::RejectedRecord &r = batch.rejected[rejected++];
                out += '#' + QByteArray::number(r.position.record)
                    + " rejected: " + r.error.message().toUtf8() + '\n';
            }
            if (i == batch.size())
                break;
            const formats::RecordPosition &p = batch.positions()[std::size_t(i)];
            out += '#' + QByteArray::number(p.record) + ' ' + QByteArray::number(p.line) + ':'
                + QByteArray::number(p.column) + ' ';
            formats::appendJsonObject(out, batch.records()[std::size_t(i)]);
            out += '\n';
        }
    }
    return QString::fromUtf8(out);
}

} // namespace crmbridge::test
