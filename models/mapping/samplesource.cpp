#include "models/mapping/samplesource.h"

#include "core/discovery/fieldtree.h"
#include "core/formats/fileformat.h"
#include "core/mapping/value/valuejson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace crmbridge {

Result<std::vector<mapping::Object>> SampleSource::readFile(const QString &path, int limit)
{
    const auto format = formats::fileFormatForPath(path);
    if (!format) {
        return Error::input(tr("The sample file's format is not known from its name"), path,
                            tr("Use a .csv, .jsonl, .json or .xml file."));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Could not open the sample file: %1").arg(file.errorString()), path,
                         tr("Check that the file exists and can be read."));
    auto reader = formats::makeReader(*format, &file, formats::ReaderSettings {});
    if (!reader)
        return reader.error();
    std::vector<mapping::Object> records;
    formats::RecordBatch batch;
    while (int(records.size()) < limit) {
        const Status status = (*reader)->readBatch(batch, limit - qsizetype(records.size()));
        if (!status)
            return status.error();
        if (batch.isEmpty())
            break;
        for (const mapping::Object &record : batch.records())
            records.push_back(record);
    }
    return records;
}

static void addExample(QJsonObject &into, const FieldNode &node, qsizetype i)
{
    if (node.type == FieldType::Object && !node.children.isEmpty()) {
        QJsonObject child;
        for (const FieldNode &c : node.children)
            addExample(child, c, i);
        if (!child.isEmpty())
            into.insert(node.name, child);
        return;
    }
    if (i < node.examples.size())
        into.insert(node.name, node.examples.at(i));
}

static qsizetype maxExamples(const QList<FieldNode> &nodes)
{
    qsizetype n = 0;
    for (const FieldNode &node : nodes)
        n = std::max({ n, node.examples.size(), maxExamples(node.children) });
    return n;
}

std::vector<mapping::Object> SampleSource::fromSchemaExamples(const FieldTree &tree)
{
    std::vector<mapping::Object> records;
    mapping::JsonValueReader reader;
    const qsizetype count = maxExamples(tree.fields);
    for (qsizetype i = 0; i < count; ++i) {
        QJsonObject json;
        for (const FieldNode &node : tree.fields)
            addExample(json, node, i);
        auto value = reader.parse(QJsonDocument(json).toJson(QJsonDocument::Compact));
        if (value && value->isObject())
            records.push_back(value->object());
    }
    return records;
}

} // namespace crmbridge
