// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Memory shared between the host and one worker process, where the worker keeps a copy of the
// reports it has made and not yet finished sending. A worker sends its reports several to a
// frame; if it dies between two frames (SIGKILL, a crash), the host reads the ones it never got
// here, so it still knows which attempts finished (and how) and which one was running, and blames
// only that one.
//
// The worker writes an entry's bytes, then the end; the host reads only after the worker is
// gone, so no lock spans the two processes. An entry bigger than the whole mirror is not copied:
// that one report can be lost if the worker dies while sending it.

#include <QByteArray>

#include <memory>

namespace volnux {

class ReportMirror
{
public:
    static constexpr qsizetype kCapacity = 1024 * 1024;
    // The descriptor the worker finds its mirror on (it is told so on its command line).
    static constexpr int kWorkerFd = 3;

    // Host: fresh shared memory; nullptr when the system has none to give.
    static std::unique_ptr<ReportMirror> create();
    // Worker: maps the memory its host created; nullptr when `fd` is not one.
    static std::unique_ptr<ReportMirror> attach(int fd);
    ~ReportMirror();
    ReportMirror(const ReportMirror &) = delete;
    ReportMirror &operator=(const ReportMirror &) = delete;

    int fd() const { return m_fd; }
    void closeFd();

    // Worker side; the caller serializes. Entries are concatenated report entries.
    qsizetype end() const;
    // Writes `data` at `at` (<= end()) and makes the entries end after it; false (and nothing
    // written) when it does not fit.
    bool write(qsizetype at, const char *data, qsizetype size);
    void setEnd(qsizetype end);
    // Drops the first `sent` bytes of entries, keeping the rest at the start.
    void dropFront(qsizetype sent);

    // Host side: the entries held, as the payload of a Reports frame.
    QByteArray reportsPayload() const;

private:
    ReportMirror(int fd, char *memory);
    int m_fd;
    char *m_memory;
};

} // namespace volnux
