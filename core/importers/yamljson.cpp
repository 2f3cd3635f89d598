#include "core/importers/yamljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <string>

namespace crmbridge {

static bool isDigits(const std::string &s, size_t from)
{
    if (from >= s.size())
        return false;
    for (size_t i = from; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
    }
    return true;
}

// YAML 1.2 core schema for plain (unquoted) scalars: what a JSON document would have typed.
static QJsonValue plainScalar(const std::string &s)
{
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL")
        return QJsonValue(QJsonValue::Null);
    if (s == "true" || s == "True" || s == "TRUE")
        return true;
    if (s == "false" || s == "False" || s == "FALSE")
        return false;
    const char c = s[0];
    if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
        const size_t sign = (c == '-' || c == '+') ? 1 : 0;
        if (isDigits(s, sign)) {
            bool ok = false;
            const qlonglong v = QByteArray::fromStdString(s).toLongLong(&ok);
            // Integers beyond 2^53 lose digits as doubles; such ids stay text.
            if (ok && std::llabs(v) < (1LL << 53))
                return double(v);
            return QString::fromStdString(s);
        }
        bool ok = false;
        const double d = QByteArray::fromStdString(s).toDouble(&ok);
        bool numeric = ok && std::isfinite(d);
        // toDouble accepts more than YAML does ("1e5" yes, but also "inf"); require a digit.
        if (numeric && s.find_first_of("0123456789") == std::string::npos)
            numeric = false;
        if (numeric)
            return d;
    }
    return QString::fromStdString(s);
}

static QJsonValue convert(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &entry : node)
            object.insert(QString::fromStdString(entry.first.Scalar()), convert(entry.second));
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const auto &item : node)
            array.append(convert(item));
        return array;
    }
    case YAML::NodeType::Scalar:
        // "?" = a plain scalar whose type the schema resolves; "!" = quoted, always text.
        if (node.Tag() == "?")
            return plainScalar(node.Scalar());
        return QString::fromStdString(node.Scalar());
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

Result<QJsonValue> YamlJson::parse(const QByteArray &yaml, const QString &where)
{
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        return convert(root);
    } catch (const YAML::Exception &e) {
        return Error::input(tr("The YAML document cannot be read: %1").arg(QString::fromStdString(e.msg)),
                            tr("%1, line %2, column %3").arg(where).arg(e.mark.line + 1).arg(e.mark.column + 1),
                            tr("Check the indentation and quoting at that line, or import the JSON form of the document."));
    }
}

Result<QJsonValue> YamlJson::parseJsonOrYaml(const QByteArray &bytes, const QString &where)
{
    const QByteArray head = bytes.left(64).trimmed();
    if (head.startsWith('{') || head.startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            const int line = int(bytes.left(error.offset).count('\n')) + 1;
            return Error::input(tr("The JSON document cannot be read: %1").arg(error.errorString()),
                                tr("%1, line %2").arg(where).arg(line),
                                tr("Fix the JSON at that line (a missing comma or quote is the usual cause)."));
        }
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    return parse(bytes, where);
}

} // namespace crmbridge
