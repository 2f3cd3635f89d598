#pragma once

#include "core/discovery/fieldtree.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace crmbridge {

/// How discovery decides.
struct DiscoveryOptions
{
    int maxExamples = 3;
    int enumMaxValues = 12;  ///< at most this many distinct texts…
    int enumMinSamples = 20; ///< …over at least this many non-null samples make an enum
    QString phoneRegion = QStringLiteral("US"); ///< region for phone numbers written without +country
};

/// Infers a record schema (a FieldTree) from sample records: per field path its type (text,
/// number, decimal, bool, date, date-time, email, phone, enum with values, object, array with
/// element type), presence (fraction of the parent objects that hold it) with its null count,
/// and up to three examples. Feed records with add() (e.g. page by page as they arrive), then
/// take result(). Guarantees: deterministic — the same records in the same order give the same
/// tree; memory per field is bounded (distinct values are tracked only up to the enum limit).
class SchemaDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(SchemaDiscovery)

public:
    explicit SchemaDiscovery(DiscoveryOptions options = {});

    void add(const QJsonObject &record);
    int sampleCount() const { return m_samples; }
    FieldTree result() const;

    static FieldTree discover(const QList<QJsonObject> &records, const DiscoveryOptions &options = {});

    /// The type one text value looks like (Text, Email, Phone, Date, DateTime or Decimal);
    /// `format` receives the date pattern or the decimal scale.
    static FieldType classifyText(const QString &text, const QString &phoneRegion = QStringLiteral("US"),
                                  QString *format = nullptr);

private:
    struct Stats
    {
        int present = 0; ///< times the path was there (null included)
        int nulls = 0;
        int objects = 0, arrays = 0, bools = 0, integers = 0, fractions = 0, texts = 0;
        int maxScale = 0;              ///< JSON numbers: most decimals seen
        QHash<int, int> textTypes;     ///< FieldType -> count, for text values
        QStringList textFormats;       ///< distinct date patterns / decimal scales seen
        QMap<QString, int> distinct;   ///< text values, tracked while few
        bool tooManyDistinct = false;
        QJsonArray examples;
        QStringList children;          ///< child names in first-seen order
    };

    void visit(const QString &path, const QJsonValue &value);
    void visitObject(const QString &path, const QJsonObject &object);
    FieldNode node(const QString &path, const QString &name, int parentCount) const;

    DiscoveryOptions m_options;
    int m_samples = 0;
    QHash<QString, Stats> m_stats; ///< "" is the record itself
};

} // namespace crmbridge
