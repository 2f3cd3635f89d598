// JSON written as text directly (core/common/jsontext): the same text Qt writes, and the same
// value read back — strings with quotes, backslashes, control characters and Chinese, numbers of
// every kind, nesting.
#include "core/common/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace crmbridge;

class TestJsonText : public QObject
{
    Q_OBJECT

    static QByteArray written(const QJsonValue &value)
    {
        QByteArray out;
        appendJson(out, value);
        return out;
    }

private slots:
    void sameTextAsQt_data()
    {
        QTest::addColumn<QJsonObject>("object");
        QTest::newRow("empty") << QJsonObject();
        QTest::newRow("a HubSpot record")
            << QJsonObject{{QStringLiteral("id"), QStringLiteral("1001")},
                           {QStringLiteral("properties"),
                            QJsonObject{{QStringLiteral("email"), QStringLiteral("yan.zhang@example.com")},
                                        {QStringLiteral("city"), QStringLiteral("北京市")},
                                        {QStringLiteral("note"), QStringLiteral("a \"quoted\" \\ back\nslash\ttab\r")},
                                        {QStringLiteral("empty"), QString()},
                                        {QStringLiteral("nothing"), QJsonValue()}}},
                           {QStringLiteral("archived"), false},
                           {QStringLiteral("createdAt"), QStringLiteral("2021-02-26T08:53:07.000Z")}};
        QTest::newRow("numbers") << QJsonObject{{QStringLiteral("zero"), 0},
                                                {QStringLiteral("negative"), -42},
                                                {QStringLiteral("fraction"), 3.25},
                                                {QStringLiteral("small"), 1e-7},
                                                {QStringLiteral("large"), 1e21},
                                                {QStringLiteral("third"), 1.0 / 3},
                                                {QStringLiteral("money"), 19.99},
                                                {QStringLiteral("big integer"), qint64(9007199254740993LL)},
                                                {QStringLiteral("true"), true}};
        QTest::newRow("nested") << QJsonObject{
            {QStringLiteral("results"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), 1}}, QJsonArray{}, QJsonArray{1, QStringLiteral("two"), QJsonValue()}}},
            {QStringLiteral("paging"), QJsonObject{{QStringLiteral("next"), QJsonObject{{QStringLiteral("after"), QStringLiteral("1002")}}}}}};
    }

    void sameTextAsQt()
    {
        QFETCH(QJsonObject, object);
        const QByteArray text = written(object);
        QCOMPARE(text, QJsonDocument(object).toJson(QJsonDocument::Compact));
        QCOMPARE(QJsonDocument::fromJson(text).object(), object);
    }

    void controlCharactersReadBackAlike()
    {
        // \b and \f are written as \u0008 and \u000c (Qt writes the short forms): the same value.
        const QJsonArray array{QStringLiteral("bell\x07 back\x08 feed\x0c unit\x1f end"), QString(QChar(0x1F600))};
        const QByteArray text = written(array);
        QVERIFY2(text.contains("\\u0007"), text.constData());
        QCOMPARE(QJsonDocument::fromJson(text).array(), array);
    }

    void notANumberIsNull()
    {
        QCOMPARE(written(QJsonArray{qQNaN(), qInf()}), QByteArray("[null,null]"));
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
