#include "core/mapping/value/decimal.h"

#include <QTest>

using namespace crmbridge::mapping;

class TestDecimal : public QObject
{
    Q_OBJECT

    static Decimal d(const char *text)
    {
        const auto v = Decimal::parse(text, qsizetype(qstrlen(text)));
        if (!v)
            qFatal("bad decimal in test: %s", text);
        return *v;
    }

private slots:
    void parseAndPrint_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("printed");
        QTest::newRow("integer") << "42" << "42";
        QTest::newRow("scale kept") << "10.50" << "10.50";
        QTest::newRow("negative") << "-0.05" << "-0.05";
        QTest::newRow("leading point") << ".5" << "0.5";
        QTest::newRow("plus sign") << "+3" << "3";
        QTest::newRow("exponent") << "1.5e3" << "1500";
        QTest::newRow("negative exponent") << "15e-3" << "0.015";
        QTest::newRow("max int64") << "9223372036854775807" << "9223372036854775807";
        QTest::newRow("18 decimals") << "0.123456789012345678" << "0.123456789012345678";
        QTest::newRow("too many decimals round") << "0.1234567890123456789" << "0.123456789012345679";
    }
    void parseAndPrint()
    {
        QFETCH(QString, input);
        QFETCH(QString, printed);
        const auto v = Decimal::parse(input);
        QVERIFY(v);
        QCOMPARE(v->toString(), printed);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("letters") << "abc";
        QTest::newRow("two points") << "1.2.3";
        QTest::newRow("comma") << "1,5";
        QTest::newRow("overflow") << "92233720368547758070";
        QTest::newRow("bare exponent") << "1e";
    }
    void rejects()
    {
        QFETCH(QString, input);
        QVERIFY(!Decimal::parse(input));
    }

    void arithmetic_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<char>("op");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("result");
        QTest::newRow("0.1 + 0.2") << "0.1" << '+' << "0.2" << "0.3";
        QTest::newRow("scale of sum") << "10.50" << '+' << "1" << "11.50";
        QTest::newRow("subtract") << "100.00" << '-' << "0.01" << "99.99";
        QTest::newRow("multiply adds scales") << "19.99" << '*' << "3" << "59.97";
        QTest::newRow("price times rate") << "19.99" << '*' << "1.2" << "23.988";
        QTest::newRow("divide keeps scale") << "10.00" << '/' << "4" << "2.50";
        QTest::newRow("divide extends") << "100" << '/' << "8" << "12.5";
        QTest::newRow("one third") << "1" << '/' << "3" << "0.3333333333";
        QTest::newRow("two thirds rounds") << "2" << '/' << "3" << "0.6666666667";
        QTest::newRow("negative divide") << "-1" << '/' << "8" << "-0.125";
        QTest::newRow("big money") << "92233720368547.58" << '+' << "0.01" << "92233720368547.59";
    }
    void arithmetic()
    {
        QFETCH(QString, a);
        QFETCH(char, op);
        QFETCH(QString, b);
        QFETCH(QString, result);
        const Decimal x = *Decimal::parse(a);
        const Decimal y = *Decimal::parse(b);
        std::optional<Decimal> r;
        switch (op) {
        case '+': r = x.add(y); break;
        case '-': r = x.subtract(y); break;
        case '*': r = x.multiply(y); break;
        default: r = x.divide(y); break;
        }
        QVERIFY(r);
        QCOMPARE(r->toString(), result);
    }

    void overflowIsReported()
    {
        QVERIFY(!d("9223372036854775807").add(d("1")));
        QVERIFY(!d("9223372036854775807").multiply(d("10")));
        QVERIFY(!d("1").divide(d("0")));
        // Multiplication gives up only as many fraction digits beyond the operands' own scale
        // as it must to fit, and never the operands' scale itself.
        const auto r = d("123456.123456").multiply(d("123456.123456"));
        QVERIFY(r);
        QCOMPARE(r->toString(), QStringLiteral("15241414418.78311338"));
        QVERIFY(!d("123456789.123456789").multiply(d("1000")));
    }

    void rounding_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("digits");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("result");
        const int up = int(Decimal::Rounding::HalfAwayFromZero);
        const int even = int(Decimal::Rounding::HalfEven);
        QTest::newRow("half up") << "2.345" << 2 << up << "2.35";
        QTest::newRow("half up negative") << "-2.345" << 2 << up << "-2.35";
        QTest::newRow("half even down") << "2.345" << 2 << even << "2.34";
        QTest::newRow("half even up") << "2.355" << 2 << even << "2.36";
        QTest::newRow("pads scale") << "2.5" << 2 << up << "2.50";
        QTest::newRow("to integer") << "2.5" << 0 << up << "3";
        QTest::newRow("to hundreds") << "1250" << -2 << up << "1300";
        QTest::newRow("down") << "2.999" << 2 << int(Decimal::Rounding::Down) << "2.99";
        QTest::newRow("up") << "2.001" << 2 << int(Decimal::Rounding::Up) << "2.01";
    }
    void rounding()
    {
        QFETCH(QString, value);
        QFETCH(int, digits);
        QFETCH(int, mode);
        QFETCH(QString, result);
        const auto r = d(value.toLatin1().constData()).rounded(digits, Decimal::Rounding(mode));
        QVERIFY(r);
        QCOMPARE(r->toString(), result);
    }

    void compareIgnoresScale()
    {
        QVERIFY(d("1.0") == d("1"));
        QVERIFY(!d("1.0").identical(d("1")));
        QVERIFY(d("-0.5") < d("0.25"));
        QCOMPARE(d("2.50").trimmed().toString(), QStringLiteral("2.5"));
    }

    void fromDoubleIsShortest()
    {
        QCOMPARE(Decimal::fromDouble(0.1)->toString(), QStringLiteral("0.1"));
        QCOMPARE(Decimal::fromDouble(19.99)->toString(), QStringLiteral("19.99"));
        QCOMPARE(d("0.3").toDouble(), 0.3);
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
