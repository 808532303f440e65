#include "ReportInbox.h"

namespace volnux {

ReportInbox::ReportInbox(std::function<void()> wake) : m_wake(std::move(wake)) {}

void ReportInbox::deliver(AttemptReport &&report, int lane)
{
    Lane &target = m_lanes[size_t(lane < 0 ? -lane : lane) % kLanes];
    std::lock_guard lock(target.mutex);
    target.reports.push_back(std::move(report));
}

void ReportInbox::wake()
{
    if (!m_wakePending.exchange(true))
        m_wake();
}

} // namespace volnux
