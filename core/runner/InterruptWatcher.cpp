// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterruptWatcher.h"

#include "core/executors/process/SpawnedGroups.h"

#include <QSocketNotifier>

#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace volnux {

namespace {
int g_pipe[2] = {-1, -1};

// What the handler needs to quit on a repeated interruption, set before it can be used: the
// message's bytes are never freed or changed once `g_quitArmed` is true.
std::atomic<int> g_interruptions{0};
std::atomic<bool> g_quitArmed{false};
const char *g_quitMessage = nullptr;
size_t g_quitMessageSize = 0;
int g_quitCode = 0;

static_assert(std::atomic<int>::is_always_lock_free && std::atomic<bool>::is_always_lock_free,
              "used in a signal handler");

void quitIfRepeated(int signal)
{
    if (signal != SIGINT && signal != SIGTERM)
        return;
    if (g_interruptions.fetch_add(1) < 1 || !g_quitArmed.load())
        return;
    // Only when it cannot block: a terminal or pipe nobody reads must not hold the exit up. A
    // pipe that polls writable takes a short message whole.
    pollfd err{STDERR_FILENO, POLLOUT, 0};
    if (::poll(&err, 1, 0) == 1 && (err.revents & POLLOUT)) {
        [[maybe_unused]] const ssize_t written =
            ::write(STDERR_FILENO, g_quitMessage, g_quitMessageSize);
    }
    SpawnedGroups::killAll();
    ::_exit(g_quitCode);
}

void onSignal(int signal)
{
    const int saved = errno; // the write that raised SIGPIPE reports EPIPE after this returns
    quitIfRepeated(signal);
    const auto byte = static_cast<unsigned char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    errno = saved;
}
} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent) : QObject(parent)
{
    if (::pipe2(g_pipe, O_CLOEXEC) != 0)
        return;
    ::fcntl(g_pipe[0], F_SETFL, O_NONBLOCK);
    ::fcntl(g_pipe[1], F_SETFL, O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        unsigned char byte = 0;
        while (::read(g_pipe[0], &byte, 1) == 1) {
            if (byte == SIGHUP || byte == SIGPIPE)
                emit hungUp(byte);
            else
                emit interrupted(++m_count);
        }
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (size_t i = 0; i < std::size(kWatched); ++i)
        ::sigaction(kWatched[i], &action, &m_previous[i]);
}

void InterruptWatcher::quitAtOnceOnRepeat(const QByteArray &message, int exitCode)
{
    if (g_quitArmed.load())
        return; // the handler may be reading the first message: it stays
    // Kept for the life of the process: a handler may run at any time.
    static const QByteArray kept = message;
    g_quitMessage = kept.constData();
    g_quitMessageSize = size_t(kept.size());
    g_quitCode = exitCode;
    g_quitArmed.store(true);
}

InterruptWatcher::~InterruptWatcher()
{
    if (g_pipe[0] >= 0) {
        for (size_t i = 0; i < std::size(kWatched); ++i)
            ::sigaction(kWatched[i], &m_previous[i], nullptr);
    }
    delete m_notifier;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

} // namespace volnux
