// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The helper program that starts `command` programs with a death signal (app/volnux-exec), so
// they die with a host killed by SIGKILL. It is found at <folder of the running executable>/
// ../libexec/volnux-exec, where the build tree and an installation put it; without it programs
// are started directly and nothing kills them when the host is killed outright. Thread-safe.

#include <QByteArray>

namespace volnux {

class ExecWrapper
{
public:
    // Its path, or empty when it is not there.
    static const QByteArray &path();
    // The descriptor on which it reports a failed exec.
    static constexpr int kStatusFd = 3;
};

} // namespace volnux
