// `crmbridge-cli sandbox serve`: the built-in sandbox systems on loopback until SIGINT/SIGTERM.
#include "clicommand.h"

#include "core/sandbox/faults.h"
#include "core/sandbox/sandboxdemoseeder.h"
#include "core/sandbox/sandboxserver.h"

#include <QCoreApplication>


namespace crmbridge::cli {

namespace {

const QString OptBasePort = QStringLiteral("base-port");
const QString OptSeed = QStringLiteral("seed");
const QString OptScale = QStringLiteral("scale");
const QString OptFault = QStringLiteral("fault");
const QString OptNoRateLimits = QStringLiteral("no-rate-limits");

class SandboxCommands
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommands)

public:
    static int serve(CliContext &context);

private:
    static bool parseNumber(CliContext &context, const QString &option, qint64 min, qint64 max, qint64 *value, int *exitCode)
    {
        if (!context.parser.isSet(option))
            return true;
        bool ok = false;
        const QString text = context.parser.value(option);
        *value = text.toLongLong(&ok);
        if (!ok || *value < min || *value > max) {
            *exitCode = context.usage(tr("--%1 needs a whole number from %2 to %3, got '%4'.").arg(option).arg(min).arg(max).arg(text));
            return false;
        }
        return true;
    }
};

int SandboxCommands::serve(CliContext &context)
{
    SandboxOptions options;
    qint64 basePort = SandboxDefaultBasePort, seed = options.seed, scale = options.scale;
    int exitCode = Success;
    if (!parseNumber(context, OptBasePort, 0, 65535, &basePort, &exitCode)
        || !parseNumber(context, OptSeed, 0, 4294967295LL, &seed, &exitCode)
        || !parseNumber(context, OptScale, 1, 10000, &scale, &exitCode))
        return exitCode;
    options.basePort = static_cast<quint16>(basePort);
    options.seed = static_cast<quint32>(seed);
    options.scale = static_cast<int>(scale);
    options.rateLimits = !context.parser.isSet(OptNoRateLimits);
    for (const QString &spec : context.parser.values(OptFault)) {
        if (Status s = sandboxParseFaultOption(spec, &options); !s)
            return context.fail(s.error());
    }

    SandboxServer server;
    Result<QList<SandboxSystemInfo>> started = server.start(options);
    if (!started)
        return context.fail(started.error());

    if (context.json) {
        context.printJson(QJsonDocument(server.toJson()));
    } else {
        context.say(tr("CRM Bridge sandbox (seed %1, scale %2, rate limits %3):")
                        .arg(options.seed)
                        .arg(options.scale)
                        .arg(options.rateLimits ? tr("on") : tr("off")));
        for (const SandboxSystemInfo &info : started.value()) {
            QString credentials;
            if (info.credentials.scheme == QLatin1String("Bearer"))
                credentials = tr("Bearer token %1").arg(info.credentials.token);
            else if (info.credentials.scheme == QLatin1String("Basic"))
                credentials = tr("Basic user \"%1\", password \"%2\"").arg(info.credentials.username, info.credentials.password);
            else
                credentials = tr("no authentication");
            context.say(QStringLiteral("  %1 %2 %3").arg(info.name.leftJustified(18), info.baseUrl.toString().leftJustified(24), credentials));
        }
        context.say(tr("Admin API: GET <url>/_sandbox, /_sandbox/discrepancies, /_sandbox/requests; POST /_sandbox/reset; PUT /_sandbox/faults."));
        context.say(tr("Serving until Ctrl+C (SIGINT) or SIGTERM."));
    }

    // Serve until SIGINT/SIGTERM: the CLI's event loop turns the signal into a clean stop.
    std::function<void(int)> finish;
    context.runEventLoop([&](const std::function<void(int)> &done) { finish = done; },
                         [&] {
                             server.stop();
                             finish(Success);
                         });
    if (!context.json)
        context.say(tr("Sandbox stopped."));
    return Success;
}

} // namespace

void registerSandboxCommands(CliRegistry &registry)
{
    // The demo workspace the CLI creates gets the "Sandbox" environment too.
    registerSandboxDemoSeeder();
    registry.add(CliCommand{
        {QStringLiteral("sandbox"), QStringLiteral("serve")},
        SandboxCommands::tr("Serve the Demo CRM, ERP, Helpdesk and Marketing systems on loopback until stopped."),
        {
            QCommandLineOption(OptBasePort,
                               SandboxCommands::tr("First port: CRM on N, ERP N+1, Helpdesk N+2, Marketing N+3, webhooks N+4 "
                                                   "(default %1; 0 picks free ports).")
                                   .arg(SandboxDefaultBasePort),
                               SandboxCommands::tr("N")),
            QCommandLineOption(OptSeed, SandboxCommands::tr("Seed of the generated data and of the faults (default 42)."),
                               SandboxCommands::tr("N")),
            QCommandLineOption(OptScale, SandboxCommands::tr("Multiply the record counts (default 1: ~500 customers)."),
                               SandboxCommands::tr("N")),
            QCommandLineOption(OptFault,
                               SandboxCommands::tr("Inject a fault, e.g. crm:errors=0.1, erp:latency=200, helpdesk:throttle=5% "
                                                   "(repeatable; kinds: %1).")
                                   .arg(sandboxFaultKinds().join(QStringLiteral(", "))),
                               SandboxCommands::tr("SYSTEM:KIND=VALUE")),
            QCommandLineOption(OptNoRateLimits, SandboxCommands::tr("Switch off the vendor-like rate limits (for benchmarks).")),
        },
        {},
        0,
        0,
        &SandboxCommands::serve,
    });
}

} // namespace crmbridge::cli
