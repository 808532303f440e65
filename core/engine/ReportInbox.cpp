#include "ReportInbox.h"

namespace volnux {

ReportInbox::ReportInbox(std::function<void()> wake) : m_wake(std::move(wake)) {}

void ReportInbox::deliver(AttemptReport &&report, int lane)
{
    Lane &target = m_lanes[size_t(lane < 0 ? -lane : lane) % kLanes];
    std::lock_guard lock(target.mutex);
    if (report.phase == AttemptReport::Phase::Finished && !target.filled.empty() &&
        !target.filled.back().empty()) {
        AttemptReport &last = target.filled.back().back();
        if (last.phase == AttemptReport::Phase::Started && last.id == report.id) {
            report.alsoStarted = true;
            last = std::move(report);
            return;
        }
    }
    if (target.filled.empty() || target.filled.back().size() == kChunkSize) {
        Chunk chunk;
        if (target.spare.empty()) {
            chunk.reserve(kChunkSize);
        } else {
            chunk = std::move(target.spare.back());
            target.spare.pop_back();
        }
        target.filled.push_back(std::move(chunk));
    }
    target.filled.back().push_back(std::move(report));
}

void ReportInbox::wake()
{
    if (!m_wakePending.exchange(true))
        m_wake();
}

void ReportInbox::takeFilled(int lane, std::vector<Chunk> &into)
{
    Lane &source = m_lanes[size_t(lane)];
    std::lock_guard lock(source.mutex);
    into.swap(source.filled);
}

void ReportInbox::giveBack(int lane, std::vector<Chunk> &chunks)
{
    if (chunks.empty())
        return;
    for (Chunk &chunk : chunks)
        chunk.clear();
    Lane &source = m_lanes[size_t(lane)];
    {
        std::lock_guard lock(source.mutex);
        for (Chunk &chunk : chunks) {
            if (source.spare.size() < kMaxSpareChunks)
                source.spare.push_back(std::move(chunk));
        }
    }
    chunks.clear();
}

} // namespace volnux
