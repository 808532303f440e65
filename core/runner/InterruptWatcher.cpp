#include "InterruptWatcher.h"

#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace volnux {

namespace {
int g_pipe[2] = {-1, -1};

void onSignal(int signal)
{
    const int saved = errno; // the write that raised SIGPIPE reports EPIPE after this returns
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
