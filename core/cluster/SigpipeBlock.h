// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// While it lives, a write by this thread to a connection whose other end has gone fails with
// EPIPE instead of raising SIGPIPE. hiredis writes with write(2), which cannot be told not to
// signal: a Redis server that restarts would otherwise kill a process that does not ignore
// SIGPIPE (the studio, a test) or, in volnux-run, read as "the output was closed".
// SIGPIPE is blocked on this thread; one raised meanwhile by this thread is taken back before the
// mask is restored. Signals sent to the whole process go to another thread, as before.

#include <csignal>

namespace volnux {

class SigpipeBlock
{
public:
    SigpipeBlock();
    ~SigpipeBlock();
    SigpipeBlock(const SigpipeBlock &) = delete;
    SigpipeBlock &operator=(const SigpipeBlock &) = delete;

private:
    sigset_t m_previous;
    bool m_wasPending = false; // pending before we started: not ours to take
};

} // namespace volnux
