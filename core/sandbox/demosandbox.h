#pragma once

#include "core/common/result.h"
#include "core/sandbox/sandboxtypes.h"

namespace crmbridge {

class SandboxServer;
class Workspace;

/// Starting the sandbox for the demo workspace: on the default ports when they are free, else
/// on the next free block of ports (8720, 8730, …), and the demo workspace's "Sandbox"
/// environment is pointed at wherever it runs — so a second copy of the app, or a
/// `crmbridge-cli sandbox serve` already running, never leaves the demo pointing at nothing.
class DemoSandbox
{
    Q_DECLARE_TR_FUNCTIONS(DemoSandbox)

public:
    static constexpr int PortBlockStep = 10;
    static constexpr int PortBlockTries = 10;

    /// Starts `server` (unless it runs already) and updates `workspace`'s Sandbox environment
    /// when given. Returns the base port in use.
    static Result<quint16> start(SandboxServer &server, Workspace *workspace, SandboxOptions options = {});

    /// Rewrites the sandbox's variables of the "Sandbox" environment (creating it when missing)
    /// for a sandbox whose first system listens on `basePort`; other variables are kept.
    static Status pointEnvironmentAt(Workspace &workspace, quint16 basePort, quint32 seed = 42);
};

} // namespace crmbridge
