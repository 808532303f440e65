// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cluster/SigpipeBlock.h"

#include <cerrno>
#include <ctime>
#include <pthread.h>

namespace volnux {

namespace {

sigset_t onlySigpipe()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    return set;
}

bool sigpipePending()
{
    sigset_t pending;
    sigpending(&pending);
    return sigismember(&pending, SIGPIPE) == 1;
}

} // namespace

SigpipeBlock::SigpipeBlock() : m_wasPending(sigpipePending())
{
    const sigset_t pipe = onlySigpipe();
    pthread_sigmask(SIG_BLOCK, &pipe, &m_previous);
}

SigpipeBlock::~SigpipeBlock()
{
    if (!m_wasPending && sigpipePending()) {
        const sigset_t pipe = onlySigpipe();
        const timespec now{0, 0};
        while (sigtimedwait(&pipe, nullptr, &now) < 0 && errno == EINTR) {
        }
    }
    pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
}

} // namespace volnux
