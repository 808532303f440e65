// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpawnSignals.h"

#include <csignal>
#include <initializer_list>

namespace volnux {

void resetSignalsForExec(posix_spawnattr_t *attributes)
{
    short flags = 0;
    posix_spawnattr_getflags(attributes, &flags);
    posix_spawnattr_setflags(attributes,
                             short(flags | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF));
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(attributes, &none);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (int s : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD})
        sigaddset(&defaults, s);
    posix_spawnattr_setsigdefault(attributes, &defaults);
}

} // namespace volnux
