// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `volnux-run history ...`: lists, shows, exports, compares, deletes and prunes the runs kept in
// the run store (docs/volnux-run.md). Every command reads the store through the core: a run is
// shown, exported and compared by replaying its records into RunState and the trace writers.
// Exit codes: 0 done, 2 invalid usage, an unknown run or an unusable store, 1 an output that
// could not be written.

#include <QStringList>

namespace volnux {

class HistoryCommand
{
public:
    // `arguments` starts with the program name, then "history".
    static int main(const QStringList &arguments);
};

} // namespace volnux
