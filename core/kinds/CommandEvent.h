// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The "command" kind: runs `program` with `args` ({input}, {task} and {previous} substituted),
// in `cwd`, with `env` merged over the inherited environment, killed after `timeout_ms`.
// Exit 0 succeeds with stdout as the value (trailing newlines stripped, as the shell's $(...)
// does); anything else throws a named error (ProcessError, TimeoutError, FileNotFoundError,
// PermissionError, CancelledError). The process runs in its own process group so a timeout or a
// cancellation kills everything it started; when it ends, what it left running in the background
// is killed too, unless `keep_background` is true (ChildProcess). One instance per attempt, on the
// worker's thread; needs no event loop.

#include "core/events/EventBase.h"

namespace volnux {

class CommandEvent final : public EventBase
{
public:
    static QString kindName() { return QStringLiteral("command"); }
    // What each stream keeps of an attempt's output (the tail).
    static constexpr qsizetype kMaxCaptureBytes = 64 * 1024;

    TaskResult process(TaskContext &context) override;

    // Replaces {input}, {task} and {previous} in one pass (substituted text is not rescanned).
    static QString substitute(const QString &argument, const TaskContext &context);
    // A task input as command-line text: strings as they are, lists and maps as compact JSON.
    static QString inputText(const QVariant &input);
};

} // namespace volnux
