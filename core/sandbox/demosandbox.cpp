#include "core/sandbox/demosandbox.h"

#include "core/sandbox/sandboxdemoseeder.h"
#include "core/sandbox/sandboxserver.h"
#include "core/workspace/workspace.h"

#include "core/endpoints/endpointstore.h"

namespace crmbridge {

Result<quint16> DemoSandbox::start(SandboxServer &server, Workspace *workspace, SandboxOptions options)
{
    if (!server.isRunning()) {
        const quint16 first = options.basePort == 0 ? SandboxDefaultBasePort : options.basePort;
        Error lastError;
        bool started = false;
        for (int attempt = 0; attempt < PortBlockTries && !started; ++attempt) {
            options.basePort = quint16(first + attempt * PortBlockStep);
            Result<QList<SandboxSystemInfo>> result = server.start(options);
            if (result)
                started = true;
            else
                lastError = result.error();
        }
        if (!started) {
            return Error::config(tr("The sandbox found no free ports between %1 and %2 (%3)")
                                     .arg(first)
                                     .arg(first + PortBlockTries * PortBlockStep - 1)
                                     .arg(lastError.message()),
                                 QStringLiteral("127.0.0.1"),
                                 tr("Stop the programs that use these ports, or start the sandbox from the "
                                    "command line with another --base-port."));
        }
    }
    const quint16 basePort = server.system(SandboxSystemId::Crm).port;
    if (workspace && !workspace->isReadOnly()) {
        if (Status s = pointEnvironmentAt(*workspace, basePort, server.options().seed); !s)
            return s.error();
    }
    return basePort;
}

Status DemoSandbox::pointEnvironmentAt(Workspace &workspace, quint16 basePort, quint32 seed)
{
    EnvironmentStore store(workspace);
    Environment wanted = sandboxEnvironment(basePort, seed);
    if (auto existing = store.find(wanted.name)) {
        // Keep what the analyst added to the environment; move only the sandbox's own variables.
        Environment merged = existing.value();
        for (const EnvironmentVariable &variable : std::as_const(wanted.variables)) {
            bool found = false;
            for (EnvironmentVariable &current : merged.variables) {
                if (current.name == variable.name) {
                    current = variable;
                    found = true;
                }
            }
            if (!found)
                merged.variables.append(variable);
        }
        if (merged == existing.value())
            return {};
        wanted = merged;
    }
    if (auto saved = store.save(wanted); !saved)
        return saved.error();
    return {};
}

} // namespace crmbridge
