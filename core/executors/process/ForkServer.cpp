// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForkServer.h"

#include "core/executors/process/WorkerSpawn.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <poll.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace volnux {

namespace {

constexpr int kStartTimeoutMs = 30000;
constexpr int kReplyTimeoutMs = 10000;

// Host -> server, with the worker's socket and (when hasMirror) its mirror as SCM_RIGHTS.
struct Request
{
    qint32 slot = 0;
    qint32 hasMirror = 0;
};

// Server -> host. Forked carries the worker's pidfd as SCM_RIGHTS (none if it could not be made).
struct News
{
    enum Kind : qint32
    {
        Ready = 0,
        Forked = 1,
        Exited = 2,     // value: the wait status
        ForkFailed = 3, // value: errno
    };
    qint32 kind = Ready;
    qint32 value = 0;
    qint64 pid = 0;
};

bool sendPacket(int fd, const void *data, size_t size, const int *fds, int count)
{
    iovec io{const_cast<void *>(data), size};
    msghdr message{};
    message.msg_iov = &io;
    message.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(2 * sizeof(int))] = {};
    if (count > 0) {
        message.msg_control = control;
        message.msg_controllen = CMSG_SPACE(size_t(count) * sizeof(int));
        cmsghdr *header = CMSG_FIRSTHDR(&message);
        header->cmsg_level = SOL_SOCKET;
        header->cmsg_type = SCM_RIGHTS;
        header->cmsg_len = CMSG_LEN(size_t(count) * sizeof(int));
        std::memcpy(CMSG_DATA(header), fds, size_t(count) * sizeof(int));
    }
    ssize_t n;
    do {
        n = ::sendmsg(fd, &message, MSG_NOSIGNAL);
    } while (n < 0 && errno == EINTR);
    return n == ssize_t(size);
}

// One packet: its size (0 at the end of the stream, -1 on error or, with MSG_DONTWAIT, when
// there is none), the descriptors it carried in `fds` (the rest -1).
ssize_t receivePacket(int fd, void *data, size_t size, int (&fds)[2], int flags)
{
    iovec io{data, size};
    msghdr message{};
    message.msg_iov = &io;
    message.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(2 * sizeof(int))] = {};
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    fds[0] = fds[1] = -1;
    ssize_t n;
    do {
        n = ::recvmsg(fd, &message, flags | MSG_CMSG_CLOEXEC);
    } while (n < 0 && errno == EINTR);
    for (cmsghdr *h = CMSG_FIRSTHDR(&message); n >= 0 && h; h = CMSG_NXTHDR(&message, h)) {
        if (h->cmsg_level != SOL_SOCKET || h->cmsg_type != SCM_RIGHTS)
            continue;
        const size_t count = (h->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        std::memcpy(fds, CMSG_DATA(h), std::min<size_t>(count, 2) * sizeof(int));
    }
    return n;
}

bool waitReadable(int fd, int timeoutMs)
{
    pollfd p{fd, POLLIN, 0};
    int rc;
    do {
        rc = ::poll(&p, 1, timeoutMs);
    } while (rc < 0 && errno == EINTR);
    return rc > 0;
}

// ---- the server process ----

void tellExits(int fd)
{
    int status = 0;
    pid_t pid;
    while ((pid = ::waitpid(-1, &status, WNOHANG)) > 0) {
        const News news{News::Exited, status, pid};
        sendPacket(fd, &news, sizeof news, nullptr, 0);
    }
}

void forkOne(int fd, const Request &request, const int (&passed)[2], const sigset_t &mask,
             int signalFd, const std::function<int(int, int, int)> &runWorker)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fd);
        ::close(signalFd);
        ::signal(SIGCHLD, SIG_DFL);
        ::pthread_sigmask(SIG_SETMASK, &mask, nullptr);
        ::_exit(runWorker(passed[0], request.slot, request.hasMirror ? passed[1] : -1));
    }
    for (int passedFd : passed) {
        if (passedFd >= 0)
            ::close(passedFd);
    }
    if (pid < 0) {
        const News news{News::ForkFailed, errno, 0};
        sendPacket(fd, &news, sizeof news, nullptr, 0);
        return;
    }
    // A system call: glibc 2.36's <sys/pidfd.h> lacks extern "C", so its wrapper cannot be linked.
    const int pidfd = int(::syscall(SYS_pidfd_open, pid, 0));
    const News news{News::Forked, 0, pid};
    sendPacket(fd, &news, sizeof news, &pidfd, pidfd >= 0 ? 1 : 0);
    if (pidfd >= 0)
        ::close(pidfd);
}

} // namespace

ForkServer::ForkServer(qint64 pid, int fd) : m_pid(pid), m_fd(fd) {}

std::shared_ptr<ForkServer> ForkServer::start(const QString &program, QString *error)
{
    // Bound at load: each fork starts with every symbol it will call already resolved.
    const auto spawned = spawnWorkerProgram(program, SOCK_SEQPACKET, {kServerArg}, -1, true, error);
    if (!spawned)
        return nullptr;
    auto server = std::shared_ptr<ForkServer>(new ForkServer(spawned->pid, spawned->fd));
    News news;
    int fds[2];
    if (!waitReadable(server->m_fd, kStartTimeoutMs) ||
        receivePacket(server->m_fd, &news, sizeof news, fds, 0) != ssize_t(sizeof news) ||
        news.kind != News::Ready) {
        *error = QStringLiteral("its fork server did not start (does the program call "
                                "ProcessPool::enableWorkerMode at the top of main?)");
        return nullptr;
    }
    return server;
}

ForkServer::~ForkServer()
{
    ::close(m_fd); // the server sees the end of its input and exits, its workers with it
    ::kill(pid_t(m_pid), SIGKILL);
    int status;
    while (::waitpid(pid_t(m_pid), &status, 0) < 0 && errno == EINTR) {
    }
}

std::optional<ForkServer::Forked> ForkServer::fork(int slot, int workerFd, int mirrorFd,
                                                   QString *error)
{
    const Request request{slot, mirrorFd >= 0};
    const int fds[2] = {workerFd, mirrorFd};
    if (m_gone || !sendPacket(m_fd, &request, sizeof request, fds, mirrorFd >= 0 ? 2 : 1)) {
        m_gone = true;
        *error = QStringLiteral("the pool's fork server is gone");
        return std::nullopt;
    }
    for (;;) {
        News news;
        int passed[2];
        if (!waitReadable(m_fd, kReplyTimeoutMs) ||
            receivePacket(m_fd, &news, sizeof news, passed, 0) != ssize_t(sizeof news)) {
            m_gone = true;
            *error = QStringLiteral("the pool's fork server did not answer");
            return std::nullopt;
        }
        Forked forked;
        if (handleNews(reinterpret_cast<const char *>(&news), sizeof news, passed[0], &forked))
            return forked;
        if (news.kind == News::ForkFailed) {
            *error = QStringLiteral("cannot fork a worker process: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(news.value)));
            return std::nullopt;
        }
    }
}

// True for a Forked answer (filled in `forked`); an exit is noted.
bool ForkServer::handleNews(const char *data, qsizetype size, int passedFd, Forked *forked)
{
    News news;
    if (size != sizeof news) {
        if (passedFd >= 0)
            ::close(passedFd);
        return false;
    }
    std::memcpy(&news, data, sizeof news);
    if (news.kind == News::Exited)
        m_exitStatus[news.pid] = news.value;
    if (news.kind == News::Forked && forked) {
        *forked = {news.pid, passedFd};
        return true;
    }
    if (passedFd >= 0)
        ::close(passedFd);
    return false;
}

bool ForkServer::readNews()
{
    while (!m_gone) {
        News news;
        int passed[2];
        const ssize_t n = receivePacket(m_fd, &news, sizeof news, passed, MSG_DONTWAIT);
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        if (n <= 0) {
            m_gone = true;
            break;
        }
        handleNews(reinterpret_cast<const char *>(&news), n, passed[0], nullptr);
    }
    return !m_gone;
}

std::optional<int> ForkServer::takeExitStatus(qint64 pid)
{
    const auto it = m_exitStatus.find(pid);
    if (it == m_exitStatus.end())
        return std::nullopt;
    const int status = it->second;
    m_exitStatus.erase(it);
    return status;
}

void ForkServer::serve(int fd, const std::function<int(int, int, int)> &runWorker)
{
    sigset_t child;
    sigemptyset(&child);
    sigaddset(&child, SIGCHLD);
    sigset_t mask;
    ::pthread_sigmask(SIG_BLOCK, &child, &mask);
    const int signalFd = ::signalfd(-1, &child, SFD_CLOEXEC | SFD_NONBLOCK);
    ::unsetenv("LD_BIND_NOW"); // read at load only: what the workers start need not bind early
    const News ready{News::Ready, 0, ::getpid()};
    if (signalFd < 0 || !sendPacket(fd, &ready, sizeof ready, nullptr, 0))
        ::_exit(1);
    for (;;) {
        pollfd fds[2] = {{fd, POLLIN, 0}, {signalFd, POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0 && errno != EINTR)
            break;
        if (fds[1].revents) {
            signalfd_siginfo info;
            while (::read(signalFd, &info, sizeof info) == ssize_t(sizeof info)) {
            }
            tellExits(fd);
        }
        if (!fds[0].revents)
            continue;
        Request request;
        int passed[2];
        const ssize_t n = receivePacket(fd, &request, sizeof request, passed, 0);
        if (n <= 0)
            break; // the host closed its end: its executor is done
        if (n == ssize_t(sizeof request) && passed[0] >= 0) {
            forkOne(fd, request, passed, mask, signalFd, runWorker);
            continue;
        }
        for (int passedFd : passed) {
            if (passedFd >= 0)
                ::close(passedFd);
        }
    }
    ::_exit(0); // the workers get their PR_SET_PDEATHSIG
}

} // namespace volnux
