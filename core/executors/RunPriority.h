// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The CPU priority of what a run executes: its engine thread, its worker threads and worker
// processes, and so the programs they start (a child inherits its thread's nice value). A run may
// ask for a nice value (RunSpec::nice): the studio does, so its window keeps the CPU it needs
// while eight workers are busy on two cores. Only ever raised: an unprivileged process cannot
// lower a nice value again, so a reused thread keeps the highest value it was given.

namespace volnux::RunPriority {

// This thread's, and so that of every thread and process it starts from now on.
void atLeastForThisThread(int nice);

} // namespace volnux::RunPriority
