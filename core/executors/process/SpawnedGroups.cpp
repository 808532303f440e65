// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpawnedGroups.h"

#include <array>
#include <atomic>
#include <csignal>

namespace volnux {

namespace {

// Slots of lock-free atomics rather than a locked list: killAll may run in a signal handler,
// where only kill() and such atomics are safe. 0 marks a free slot.
constexpr size_t kSlots = 4096;
std::array<std::atomic<pid_t>, kSlots> g_groups{};
static_assert(std::atomic<pid_t>::is_always_lock_free);

} // namespace

void SpawnedGroups::remember(pid_t group)
{
    for (std::atomic<pid_t> &slot : g_groups) {
        pid_t free = 0;
        if (slot.compare_exchange_strong(free, group))
            return;
    }
}

void SpawnedGroups::forget(pid_t group)
{
    for (std::atomic<pid_t> &slot : g_groups) {
        pid_t listed = group;
        if (slot.compare_exchange_strong(listed, 0))
            return;
    }
}

bool SpawnedGroups::contains(pid_t group)
{
    for (const std::atomic<pid_t> &slot : g_groups) {
        if (slot.load() == group)
            return true;
    }
    return false;
}

void SpawnedGroups::killAll()
{
    for (const std::atomic<pid_t> &slot : g_groups) {
        if (const pid_t group = slot.load(); group > 0)
            ::kill(-group, SIGKILL);
    }
}

} // namespace volnux
