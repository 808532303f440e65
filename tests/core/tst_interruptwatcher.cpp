// SPDX-License-Identifier: GPL-3.0-or-later
// InterruptWatcher: SIGINT/SIGTERM count as Ctrl-C, SIGHUP and SIGPIPE as a hang-up, and a write
// to a closed pipe fails with EPIPE instead of killing the process.

#include "core/runner/InterruptWatcher.h"

#include <QSignalSpy>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace volnux;

class TestInterruptWatcher : public QObject
{
    Q_OBJECT
private slots:
    void hangUpsAreNotCtrlC();
    void aClosedPipeIsAnErrorNotDeath();
    void previousActionsComeBack();
};

void TestInterruptWatcher::hangUpsAreNotCtrlC()
{
    InterruptWatcher watcher;
    QSignalSpy interrupted(&watcher, &InterruptWatcher::interrupted);
    QSignalSpy hungUp(&watcher, &InterruptWatcher::hungUp);
    ::raise(SIGHUP);
    ::raise(SIGPIPE);
    ::raise(SIGPIPE);
    QTRY_COMPARE(hungUp.size(), 3);
    QCOMPARE(hungUp.at(0).at(0).toInt(), SIGHUP);
    QCOMPARE(hungUp.at(1).at(0).toInt(), SIGPIPE);
    ::raise(SIGTERM);
    QTRY_COMPARE(interrupted.size(), 1);
    QCOMPARE(interrupted.at(0).at(0).toInt(), 1); // the first Ctrl-C, whatever came before
}

void TestInterruptWatcher::aClosedPipeIsAnErrorNotDeath()
{
    InterruptWatcher watcher;
    QSignalSpy hungUp(&watcher, &InterruptWatcher::hungUp);
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    ::close(fds[0]);
    errno = 0;
    const char byte = 'x';
    QCOMPARE(::write(fds[1], &byte, 1), ssize_t(-1));
    QCOMPARE(errno, EPIPE);
    ::close(fds[1]);
    QTRY_COMPARE(hungUp.size(), 1);
    QCOMPARE(hungUp.at(0).at(0).toInt(), SIGPIPE);
}

void TestInterruptWatcher::previousActionsComeBack()
{
    ::signal(SIGPIPE, SIG_IGN);
    {
        InterruptWatcher watcher;
    }
    struct sigaction now = {};
    ::sigaction(SIGPIPE, nullptr, &now);
    QVERIFY(now.sa_handler == SIG_IGN);
    ::signal(SIGPIPE, SIG_DFL);
}

QTEST_GUILESS_MAIN(TestInterruptWatcher)
#include "tst_interruptwatcher.moc"
