// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkerProcess.h"

#include "core/executors/ProcessPool.h"
#include "core/executors/process/ForkServer.h"
#include "core/executors/process/ReportMirror.h"
#include "core/executors/process/WorkerSpawn.h"

#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace volnux {

namespace {

QString signalName(int signo)
{
    const char *abbrev = sigabbrev_np(signo);
    return abbrev ? QStringLiteral("SIG") + QString::fromLatin1(abbrev) : QString::number(signo);
}

} // namespace

WorkerProcess::WorkerProcess(qint64 pid, int fd, int slot, std::unique_ptr<ReportMirror> mirror)
    : m_pid(pid), m_fd(fd), m_slot(slot), m_mirror(std::move(mirror))
{
}

std::unique_ptr<WorkerProcess> WorkerProcess::spawn(const QString &program, int slot,
                                                    QString *error)
{
    // Without shared memory the worker still works; it only cannot leave its last reports.
    std::unique_ptr<ReportMirror> mirror = ReportMirror::create();
    QByteArrayList args{QByteArray::number(slot)};
    if (mirror)
        args << QByteArray::number(ReportMirror::kWorkerFd);
    const auto spawned =
        spawnWorkerProgram(program, SOCK_STREAM, args, mirror ? mirror->fd() : -1, false, error);
    if (mirror)
        mirror->closeFd(); // the worker has its own; the mapping stays
    if (!spawned)
        return nullptr;
    ::fcntl(spawned->fd, F_SETFL, ::fcntl(spawned->fd, F_GETFL) | O_NONBLOCK);
    return std::unique_ptr<WorkerProcess>(
        new WorkerProcess(spawned->pid, spawned->fd, slot, std::move(mirror)));
}

std::unique_ptr<WorkerProcess> WorkerProcess::fork(std::shared_ptr<ForkServer> server, int slot,
                                                   QString *error)
{
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        *error = QStringLiteral("cannot create a socket for a worker process: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return nullptr;
    }
    std::unique_ptr<ReportMirror> mirror = ReportMirror::create();
    const auto forked = server->fork(slot, fds[1], mirror ? mirror->fd() : -1, error);
    ::close(fds[1]);
    if (mirror)
        mirror->closeFd();
    if (!forked) {
        ::close(fds[0]);
        return nullptr;
    }
    ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
    auto worker = std::unique_ptr<WorkerProcess>(
        new WorkerProcess(forked->pid, fds[0], slot, std::move(mirror)));
    worker->m_server = std::move(server);
    worker->m_pidfd = forked->pidfd;
    return worker;
}

WorkerProcess::~WorkerProcess()
{
    if (!m_reaped) {
        signal(SIGKILL);
        // A forked worker is its fork server's to reap.
        while (!m_server && ::waitpid(pid_t(m_pid), &m_status, 0) < 0 && errno == EINTR) {
        }
    }
    if (m_pidfd >= 0)
        ::close(m_pidfd);
    ::close(m_fd);
}

void WorkerProcess::send(const QByteArray &frame)
{
    if (!m_closeRequested)
        m_out.append(frame);
}

bool WorkerProcess::flush()
{
    while (m_outOffset < m_out.size()) {
        const ssize_t n = ::send(m_fd, m_out.constData() + m_outOffset,
                                 size_t(m_out.size() - m_outOffset), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return true;
        if (n <= 0) {
            m_out.clear(); // the worker is gone; its end of stream will be read next
            m_outOffset = 0;
            return false;
        }
        m_outOffset += n;
    }
    m_out.clear();
    m_outOffset = 0;
    if (m_closeRequested && !m_inputShut) {
        ::shutdown(m_fd, SHUT_WR);
        m_inputShut = true;
    }
    return true;
}

void WorkerProcess::closeInput()
{
    m_closeRequested = true;
}

bool WorkerProcess::readAvailable()
{
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n > 0) {
            m_reader.append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return true;
        return false;
    }
}

void WorkerProcess::signal(int signo)
{
    if (m_reaped)
        return;
    // Through the pidfd, the process itself even once its pid was reaped and reused.
    if (m_pidfd >= 0)
        ::syscall(SYS_pidfd_send_signal, m_pidfd, signo, nullptr, 0); // glibc 2.36: no wrapper
    else
        ::kill(pid_t(m_pid), signo);
}

bool WorkerProcess::tryReap()
{
    if (m_reaped)
        return true;
    if (m_server)
        return tryReapForked();
    const pid_t rc = ::waitpid(pid_t(m_pid), &m_status, WNOHANG);
    // ECHILD: someone set SIGCHLD to SIG_IGN and the kernel reaped it for us.
    if (rc == pid_t(m_pid) || (rc < 0 && errno == ECHILD))
        m_reaped = true;
    return m_reaped;
}

// Its fork server reaps it and says how it ended. A server that is gone says nothing more: the
// worker died with it (PR_SET_PDEATHSIG), as its pidfd shows.
bool WorkerProcess::tryReapForked()
{
    if (const std::optional<int> status = m_server->takeExitStatus(m_pid)) {
        m_status = *status;
        m_reaped = true;
    } else if (m_server->isGone()) {
        pollfd exited{m_pidfd, POLLIN, 0};
        if (m_pidfd < 0 || ::poll(&exited, 1, 0) > 0) {
            m_reaped = true;
            if (!fault)
                fault = QStringLiteral("ended with its fork server, which died");
        }
    }
    return m_reaped;
}

bool WorkerProcess::wasSignalled() const
{
    return m_reaped && WIFSIGNALED(m_status);
}

QString WorkerProcess::exitDescription() const
{
    if (WIFSIGNALED(m_status))
        return QStringLiteral("was killed by signal %1 (%2)")
            .arg(WTERMSIG(m_status))
            .arg(signalName(WTERMSIG(m_status)));
    if (WIFEXITED(m_status))
        return QStringLiteral("exited with code %1").arg(WEXITSTATUS(m_status));
    return QStringLiteral("ended");
}

} // namespace volnux
