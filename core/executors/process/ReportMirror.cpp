// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportMirror.h"

#include "core/executors/process/WorkerProtocol.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <sys/mman.h>
#include <unistd.h>

namespace volnux {

namespace {

// The header: where the entries end. Then the entries.
constexpr qsizetype kHeaderBytes = 64;
constexpr size_t kMappedBytes = size_t(kHeaderBytes + ReportMirror::kCapacity);

char *mapShared(int fd)
{
    void *memory = ::mmap(nullptr, kMappedBytes, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    return memory == MAP_FAILED ? nullptr : static_cast<char *>(memory);
}

} // namespace

ReportMirror::ReportMirror(int fd, char *memory) : m_fd(fd), m_memory(memory) {}

std::unique_ptr<ReportMirror> ReportMirror::create()
{
    const int fd = ::memfd_create("volnux-reports", MFD_CLOEXEC);
    if (fd < 0)
        return nullptr;
    char *memory = ::ftruncate(fd, off_t(kMappedBytes)) == 0 ? mapShared(fd) : nullptr;
    if (!memory) {
        ::close(fd);
        return nullptr;
    }
    return std::unique_ptr<ReportMirror>(new ReportMirror(fd, memory));
}

std::unique_ptr<ReportMirror> ReportMirror::attach(int fd)
{
    char *memory = mapShared(fd);
    if (!memory)
        return nullptr;
    auto mirror = std::unique_ptr<ReportMirror>(new ReportMirror(fd, memory));
    mirror->closeFd(); // the mapping stays; the programs this worker starts get no descriptor
    return mirror;
}

ReportMirror::~ReportMirror()
{
    ::munmap(m_memory, kMappedBytes);
    closeFd();
}

void ReportMirror::closeFd()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

qsizetype ReportMirror::end() const
{
    return qsizetype(std::atomic_ref(*reinterpret_cast<quint64 *>(m_memory)).load());
}

void ReportMirror::setEnd(qsizetype end)
{
    std::atomic_ref(*reinterpret_cast<quint64 *>(m_memory)).store(quint64(end));
}

bool ReportMirror::write(qsizetype at, const char *data, qsizetype size)
{
    if (at < 0 || at > end() || size > kCapacity - at)
        return false;
    std::memcpy(m_memory + kHeaderBytes + at, data, size_t(size));
    setEnd(at + size);
    return true;
}

void ReportMirror::dropFront(qsizetype sent)
{
    const qsizetype kept = end() - sent;
    setEnd(0); // dying in the middle of the move loses the kept entries, never garbles them
    if (kept > 0)
        std::memmove(m_memory + kHeaderBytes, m_memory + kHeaderBytes + sent, size_t(kept));
    setEnd(std::max<qsizetype>(kept, 0));
}

QByteArray ReportMirror::reportsPayload() const
{
    QByteArray frame;
    WorkerProtocol::beginReports(frame);
    frame.append(m_memory + kHeaderBytes, std::clamp<qsizetype>(end(), 0, kCapacity));
    WorkerProtocol::finishReports(frame);
    return frame.mid(WorkerProtocol::kHeaderSize);
}

} // namespace volnux
