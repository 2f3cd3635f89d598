#pragma once

#include "core/sandbox/sandboxtypes.h"

#include <memory>

namespace crmbridge {

class SandboxSystem;

/// Creates the (empty) system for an id; SandboxServer loads the data.
std::unique_ptr<SandboxSystem> createSandboxSystem(SandboxSystemId id, quint32 seed, int scale);

} // namespace crmbridge
