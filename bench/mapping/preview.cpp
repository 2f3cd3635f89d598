// bench_mapping_preview: how long the mapping editor's live preview takes to answer an edit — a
// 20-rule mapping re-compiled and run over 1,000 sample records (PreviewRunner::compute, what the
// worker thread does after each keystroke) and handed to the PreviewModel. Prints a Markdown table.
// Not a test: no assertion; run on an idle machine when you quote a figure.
//
// usage: bench_mapping_preview [RECORDS] [RUNS]

#include "core/mapping/mapping.h"
#include "core/mapping/value/value.h"
#include "models/mapping/previewmodel.h"
#include "models/mapping/previewrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace crmbridge;
using namespace crmbridge::mapping;

namespace {

/// The 10 rules of bench/mapping/mapping.json and 10 more of the kinds analysts write.
Mapping twentyRules()
{
    Mapping m;
    m.name = QStringLiteral("preview benchmark");
    const std::pair<const char *, const char *> rules[] = {
        { "customer_id", "TO_NUMBER(id)" },
        { "first_name", "TRIM(first_name)" },
        { "last_name", "UPPER(TRIM(last_name))" },
        { "full_name", "TRIM(first_name) & \" \" & TRIM(last_name)" },
        { "email", "LOWER(TRIM(email))" },
        { "phone", "COALESCE(phone, \"n/a\")" },
        { "country", "LOOKUP(\"countries\", UPPER(country))" },
        { "signup_date", "DATE_FORMAT(created_at, \"dd.MM.yyyy\")" },
        { "status", "COALESCE(status, \"active\")" },
        { "revenue", "TO_NUMBER(revenue)" },
        { "email_valid", "EMAIL_VALID(TRIM(email))" },
        { "phone_e164", "IFERROR(PHONE(phone, \"DE\", \"E164\"), NULL)" },
        { "tags_upper", "JOIN(UPPER(SPLIT(tags, \",\")), \"|\")" },
        { "tag_count", "COUNT(SPLIT(tags, \",\"))" },
        { "is_vip", "CONTAINS(LOWER(tags), \"vip\")" },
        { "revenue_band",
          "IFS(TO_NUMBER(revenue) >= 50000, \"A\", TO_NUMBER(revenue) >= 10000, \"B\", TRUE, \"C\")" },
        { "revenue_eur", "ROUND(TO_NUMBER(revenue) * 0.92, 2)" },
        { "signup_year", "YEAR(DATE_PARSE(created_at, \"ISO\"))" },
        { "customer_no", "PAD(id, 8, \"0\")" },
        { "email_hash", "HASH(\"MD5\", LOWER(TRIM(email)))" },
    };
    for (const auto &[target, formula] : rules) {
        MappingRule rule;
        rule.target = QString::fromUtf8(target);
        rule.formula = QString::fromUtf8(formula);
        if (rule.target == QLatin1String("email"))
            rule.validations = { ValidationRule { ValidationRule::Kind::Required, {}, {}, {} },
                                 ValidationRule { ValidationRule::Kind::Email, {}, {}, {} } };
        m.rules.append(rule);
    }
    m.valueMaps.append(ValueMap(QStringLiteral("countries"),
                                { { QStringLiteral("DE"), QStringLiteral("Germany") },
                                  { QStringLiteral("AT"), QStringLiteral("Austria") },
                                  { QStringLiteral("CH"), QStringLiteral("Switzerland") },
                                  { QStringLiteral("FR"), QStringLiteral("France") },
                                  { QStringLiteral("NL"), QStringLiteral("Netherlands") },
                                  { QStringLiteral("BE"), QStringLiteral("Belgium") },
                                  { QStringLiteral("IT"), QStringLiteral("Italy") },
                                  { QStringLiteral("ES"), QStringLiteral("Spain") },
                                  { QStringLiteral("PL"), QStringLiteral("Poland") },
                                  { QStringLiteral("CZ"), QStringLiteral("Czechia") },
                                  { QStringLiteral("DK"), QStringLiteral("Denmark") },
                                  { QStringLiteral("SE"), QStringLiteral("Sweden") },
                                  { QStringLiteral("GB"), QStringLiteral("United Kingdom") },
                                  { QStringLiteral("US"), QStringLiteral("United States") },
                                  { QStringLiteral("CA"), QStringLiteral("Canada") } },
                                false, false, QStringLiteral("Unknown")));
    return m;
}

/// Sample records shaped like the benchmark's customers (CSV-like: every value text).
std::vector<Object> samples(int count)
{
    static const char *first[] = { "Anna", "  Ben ", "Clara", "Zoë", "José", "伟" };
    static const char *last[] = { "Schmidt", "Dupont ", "Rossi", "Kowalski", " Jensen" };
    static const char *country[] = { "de", "FR", "it", "Pl", "dk", "US", "xx" };
    static const char *status[] = { "active", "", "lead", "churned" };
    const auto shape = std::make_shared<const FieldIndex>(
        QStringList { QStringLiteral("id"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                      QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("country"),
                      QStringLiteral("created_at"), QStringLiteral("status"), QStringLiteral("revenue"),
                      QStringLiteral("tags") });
    std::vector<Object> records;
    for (int i = 1; i <= count; ++i) {
        Object r(shape);
        r.at(0) = Value(QString::number(i));
        r.at(1) = Value(QString::fromUtf8(first[i % 6]));
        r.at(2) = Value(QString::fromUtf8(last[i % 5]));
        r.at(3) = Value(QStringLiteral(" User%1@Example.COM").arg(i));
        r.at(4) = Value(i % 20 == 0 ? QString() : QStringLiteral("+49 30 %1").arg(1000000 + i * 37));
        r.at(5) = Value(QString::fromUtf8(country[i % 7]));
        r.at(6) = Value(QStringLiteral("20%1-0%2-1%3T07:05:35Z").arg(16 + i % 9).arg(1 + i % 9).arg(i % 10));
        r.at(7) = Value(QString::fromUtf8(status[i % 4]));
        r.at(8) = Value(QStringLiteral("%1.%2").arg(i * 37 % 100000).arg(10 + i % 90));
        r.at(9) = Value(i % 3 == 0 ? QStringLiteral("vip,newsletter") : QStringLiteral("b2b"));
        records.push_back(std::move(r));
    }
    return records;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const std::size_t at = std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5));
    return values[at];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 50;
    const Mapping base = twentyRules();
    const std::vector<Object> records = samples(count);
    PreviewModel model;

    // Each run is one edit: a different rule's formula changes (wrapped in parentheses, so the
    // result is the same and the text is not), then the whole preview is recomputed.
    std::vector<double> computeMs;
    std::vector<double> totalMs;
    int invalid = 0;
    for (int run = -1; run < runs; ++run) { // run -1 warms up
        Mapping edited = base;
        const int rule = (run + 20) % int(edited.rules.size());
        edited.rules[rule].formula = QLatin1Char('(') + edited.rules[rule].formula + QLatin1Char(')');
        QElapsedTimer timer;
        timer.start();
        PreviewResult result = PreviewRunner::compute(edited, records);
        const double computed = double(timer.nsecsElapsed()) / 1e6;
        model.setResult(result);
        const double total = double(timer.nsecsElapsed()) / 1e6;
        if (!result.error.isEmpty()) {
            std::fprintf(stderr, "the preview mapping does not compile: %s\n", qPrintable(result.error));
            return 1;
        }
        invalid = result.invalidRows;
        if (run >= 0) {
            computeMs.push_back(computed);
            totalMs.push_back(total);
        }
    }
    std::printf("re-preview of %d sample records through a 20-rule mapping, %d edits (%d invalid rows)\n\n",
                count, runs, invalid);
    std::printf("| what | median ms | p95 ms | min ms |\n|---|---:|---:|---:|\n");
    std::printf("| compile + map + cells (PreviewRunner::compute) | %.2f | %.2f | %.2f |\n",
                percentile(computeMs, 0.5), percentile(computeMs, 0.95), percentile(computeMs, 0.0));
    std::printf("| … and PreviewModel::setResult | %.2f | %.2f | %.2f |\n", percentile(totalMs, 0.5),
                percentile(totalMs, 0.95), percentile(totalMs, 0.0));
    return 0;
}
