// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "plugin" kind: runs the event `event` that the shared library `library` registers
// (see EventPluginInterface.h), with this attempt's context. Libraries are loaded once per process.

#include "core/events/EventBase.h"

namespace volnux {

class PluginEvent final : public EventBase
{
public:
    static QString kindName() { return QStringLiteral("plugin"); }
    TaskResult process(TaskContext &context) override;
};

} // namespace volnux
