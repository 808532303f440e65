// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeftoverProcesses.h"

#include "core/executors/process/SpawnedGroups.h"

#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <mutex>
#include <string>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <unordered_map>
#include <vector>

namespace volnux {

namespace {

// Killing one round can expose more (a killed parent's children re-parented to us); a program
// forking as fast as it can is not worth more rounds than this.
constexpr int kMaxRounds = 20;
// How long the killed processes that became our children are waited for (SIGKILL is quick unless
// a process sits in uninterruptible sleep; such a one is left, as a zombie, to end with us).
constexpr qint64 kReapWaitMs = 200;

struct ProcessInfo
{
    pid_t pid = 0;
    pid_t parent = 0;
    pid_t group = 0;
    char state = '?';
};

bool readWhole(const char *path, std::string &out, size_t limit)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    out.clear();
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        out.append(buffer, size_t(n));
        if (out.size() >= limit)
            break;
    }
    ::close(fd);
    return true;
}

// Fields 3 to 5 of /proc/PID/stat; the command name (field 2) may hold spaces and ')', so the
// fields are read after its last ')'.
bool readStat(pid_t pid, ProcessInfo &info)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/stat", int(pid));
    std::string text;
    if (!readWhole(path, text, 4096))
        return false;
    const size_t close = text.rfind(')');
    if (close == std::string::npos)
        return false;
    int parent = 0;
    int group = 0;
    char state = '?';
    if (std::sscanf(text.c_str() + close + 1, " %c %d %d", &state, &parent, &group) != 3)
        return false;
    info = {pid, pid_t(parent), pid_t(group), state};
    return true;
}

std::vector<ProcessInfo> allProcesses()
{
    std::vector<ProcessInfo> out;
    DIR *dir = ::opendir("/proc");
    if (!dir)
        return out;
    while (const dirent *entry = ::readdir(dir)) {
        char *end = nullptr;
        const long pid = std::strtol(entry->d_name, &end, 10);
        ProcessInfo info;
        if (pid > 0 && *end == '\0' && readStat(pid_t(pid), info))
            out.push_back(info);
    }
    ::closedir(dir);
    return out;
}

bool descendsFrom(pid_t pid, pid_t ancestor, const std::unordered_map<pid_t, pid_t> &parents)
{
    for (int depth = 0; depth < 256 && pid > 1; ++depth) {
        const auto it = parents.find(pid);
        if (it == parents.end())
            return false;
        pid = it->second;
        if (pid == ancestor)
            return true;
    }
    return false;
}

// Whether `pid` carries the attempt's mark: 1 yes, 0 no, -1 cannot tell yet (a process in the
// middle of exec shows an empty environment for a moment: look again in the next round).
int carriesMark(pid_t pid, const std::string &needle)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/environ", int(pid));
    std::string environ(1, '\0'); // so the first variable matches "\0NAME=" too
    std::string rest;
    if (!readWhole(path, rest, 1 << 20))
        return ::kill(pid, 0) == 0 ? -1 : 0;
    if (rest.empty())
        return -1;
    environ += rest;
    if (environ.back() != '\0')
        environ += '\0';
    return environ.find(needle) != std::string::npos ? 1 : 0;
}

// True once `pid` is gone or reaped: not our child (any more), or reaped now.
bool reaped(pid_t pid)
{
    for (;;) {
        int status = 0;
        const pid_t rc = ::waitpid(pid, &status, WNOHANG);
        if (rc < 0 && errno == EINTR)
            continue;
        if (rc > 0)
            return true;
        // Not our child: a process killed before its parent, re-parented to us once that parent
        // is gone; wait for that while it exists.
        if (rc < 0)
            return ::kill(pid, 0) != 0;
        return false;
    }
}

// Whether a /proc/.../children list names a child other than `exclude` and the programs still
// running (each its own group, listed in SpawnedGroups).
bool namesAnotherChild(const std::string &children, pid_t exclude)
{
    const char *p = children.c_str();
    char *end = nullptr;
    for (long pid = std::strtol(p, &end, 10); end != p; pid = std::strtol(p, &end, 10)) {
        p = end;
        if (pid_t(pid) != exclude && !SpawnedGroups::contains(pid_t(pid)))
            return true;
    }
    return false;
}

// Whether something a program left may be our child. As a subreaper we inherit what every ended
// program left, so without such a child nothing was left, and the reading of all of /proc is
// spared. The kernel gives an orphan to the subreaper's first live thread: the main thread, which
// lives as long as the program, so only its children are read. (Reading every thread's children,
// as this did, cost a run of 1,024 parallel commands, each on a thread of its own, a million
// reads: 15.9 s where starting the programs takes 8.) Without /proc/PID/task/TID/children: true,
// to be safe.
bool mayHaveLeftovers(pid_t exclude)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/self/task/%d/children", int(::getpid()));
    std::string children;
    if (!readWhole(path, children, 1 << 20))
        return true;
    return namesAnotherChild(children, exclude);
}

} // namespace

bool LeftoverProcesses::adoptOrphans()
{
    static std::once_flag once;
    static bool adopted = false;
    std::call_once(once, [] { adopted = ::prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0; });
    return adopted;
}

QByteArray LeftoverProcesses::newMark()
{
    static std::atomic<quint64> next{1};
    QByteArray mark = QByteArray::number(qint64(::getpid()));
    mark.append('.').append(QByteArray::number(next++));
    return mark;
}

void LeftoverProcesses::kill(pid_t group, pid_t exclude, const QByteArray &mark)
{
    const pid_t self = ::getpid();
    const std::string needle = std::string(1, '\0') + kMarkName + '=' + mark.toStdString() + '\0';
    std::vector<pid_t> killed;
    if (group > 0)
        ::kill(-group, SIGKILL);
    if (adoptOrphans() && !mayHaveLeftovers(exclude))
        return;
    for (int round = 0; round < kMaxRounds; ++round) {
        if (group > 0)
            ::kill(-group, SIGKILL);
        const std::vector<ProcessInfo> processes = allProcesses();
        std::unordered_map<pid_t, pid_t> parents;
        for (const ProcessInfo &p : processes)
            parents.emplace(p.pid, p.parent);
        bool more = false;
        for (const ProcessInfo &p : processes) {
            if (p.pid == exclude || p.pid == self ||
                std::find(killed.begin(), killed.end(), p.pid) != killed.end())
                continue;
            const bool inGroup = group > 0 && p.group == group;
            if (p.state == 'Z' || p.state == 'X') {
                // Ended on its own after it was re-parented to us: ours to reap.
                if (inGroup && p.parent == self)
                    killed.push_back(p.pid);
                continue;
            }
            // Outside the group only our own descendants are looked at: a subreaper adopts the
            // orphans, so whatever the program left is among them.
            if (!inGroup) {
                if (!descendsFrom(p.pid, self, parents))
                    continue;
                const int marked = carriesMark(p.pid, needle);
                if (marked < 0)
                    more = true; // not sure yet: another round
                if (marked <= 0)
                    continue;
            }
            ::kill(p.pid, SIGKILL);
            killed.push_back(p.pid);
            more = true;
        }
        if (!more)
            break;
        ::usleep(1000); // let them die, and their children be re-parented, before looking again
    }
    QElapsedTimer waited;
    waited.start();
    while (!killed.empty()) {
        killed.erase(std::remove_if(killed.begin(), killed.end(), reaped), killed.end());
        if (killed.empty() || waited.elapsed() > kReapWaitMs)
            break;
        ::usleep(1000);
    }
}

} // namespace volnux
