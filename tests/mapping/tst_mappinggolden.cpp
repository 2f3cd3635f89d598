// Golden folders: tests/fixtures/mapping/<case>/{input.jsonl, mapping.json, expected.jsonl}.
// Each input line is a source record; each expected line is {"target": {...}} plus
// "invalid": [{"field", "reason"}] for invalid records. The clock stands at
// 2024-03-10T23:30:00Z (already March 11 in Shanghai, still March 10 in Los Angeles).
// CRMBRIDGE_BLESS=1 rewrites expected.jsonl from the engine's output (review the diff!).

#include "core/mapping/mappingengine.h"
#include "core/mapping/mappingfile.h"
#include "core/mapping/value/valuejson.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace crmbridge;
using namespace crmbridge::mapping;

class TestMappingGolden : public QObject
{
    Q_OBJECT

    static QString casesDir() { return test::fixturesDir() + QStringLiteral("/mapping"); }

    static QList<QByteArray> lines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> out;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                out << line.trimmed();
        }
        return out;
    }

    static QByteArray render(const MappingOutput &out)
    {
        std::vector<std::pair<QString, Value>> fields{{QStringLiteral("target"), out.target}};
        if (!out.isValid()) {
            ValueList reasons;
            for (const InvalidReason &r : out.reasons)
                reasons.push_back(Value(makeObject({{QStringLiteral("field"), Value(r.field)},
                                                    {QStringLiteral("reason"), Value(r.message)}})));
            fields.emplace_back(QStringLiteral("invalid"), Value::array(std::move(reasons)));
        }
        return toJson(Value(makeObject(fields)));
    }

private slots:
    void goldenCase_data()
    {
        QTest::addColumn<QString>("dir");
        const QStringList cases = QDir(casesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(cases.size() >= 25, qPrintable(QStringLiteral("only %1 golden cases").arg(cases.size())));
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << casesDir() + QLatin1Char('/') + name;
    }

    void goldenCase()
    {
        QFETCH(QString, dir);
        auto mapping = MappingFile::load(dir + QStringLiteral("/mapping.json"));
        QVERIFY2(mapping.ok(), qPrintable(mapping ? QString() : mapping.error().message()));
        const bool bless = qEnvironmentVariableIntValue("CRMBRIDGE_BLESS") == 1;
        if (bless)
            QVERIFY(MappingFile::save(mapping.value(), dir + QStringLiteral("/mapping.json")).ok());
        // Saving what was loaded gives the same file: the format is stable and diffable.
        QFile original(dir + QStringLiteral("/mapping.json"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(MappingFile::toJson(mapping.value())), QString::fromUtf8(original.readAll()));

        auto engine = MappingEngine::compile(mapping.value());
        QVERIFY2(engine.ok(), qPrintable(engine ? QString() : engine.error().message() + QLatin1Char('\n') + engine.error().hint));
        FixedClock clock(QDateTime(QDate(2024, 3, 10), QTime(23, 30), QTimeZone::utc()).toMSecsSinceEpoch());
        auto context = engine.value()->newContext(&clock);

        JsonValueReader reader;
        QList<QByteArray> actual;
        const QList<QByteArray> input = lines(dir + QStringLiteral("/input.jsonl"));
        QVERIFY(!input.isEmpty());
        MappingOutput out;
        for (const QByteArray &line : input) {
            auto record = reader.parse(line);
            QVERIFY2(record.ok() && record.value().isObject(), line.constData());
            engine.value()->apply(record.value().object(), *context, out);
            actual << render(out);
        }
        const QString expectedPath = dir + QStringLiteral("/expected.jsonl");
        if (bless) {
            QFile file(expectedPath);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(actual.join('\n') + '\n');
        }
        const QList<QByteArray> expected = lines(expectedPath);
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < actual.size(); ++i) {
            const QString message = QStringLiteral("line %1").arg(i + 1);
            QVERIFY2(actual.at(i) == expected.at(i),
                     qPrintable(message + QStringLiteral("\n  actual:   ") + QString::fromUtf8(actual.at(i))
                                + QStringLiteral("\n  expected: ") + QString::fromUtf8(expected.at(i))));
        }
    }
};

QTEST_GUILESS_MAIN(TestMappingGolden)
#include "tst_mappinggolden.moc"
