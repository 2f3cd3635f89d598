#pragma once

#include "core/endpoints/environment.h"
#include "core/sandbox/sandboxdemoseeder.h"
#include "core/sandbox/sandboxserver.h"

namespace crmbridge::test {

/// The Sandbox environment pointed at a SandboxServer whose systems listen on ephemeral ports.
inline Environment sandboxEnvironmentFor(const SandboxServer &sandbox)
{
    return sandboxEnvironment(sandbox);
}

} // namespace crmbridge::test
