#pragma once

// Turns SIGINT and SIGTERM into a Qt signal on the thread that created the watcher (a signal
// handler may do almost nothing, so it writes one byte to a pipe that a QSocketNotifier reads).
// One instance per process.

#include <QObject>

class QSocketNotifier;

namespace volnux {

class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted(int count); // 1 on the first Ctrl-C, 2 on the second, ...

private:
    QSocketNotifier *m_notifier = nullptr;
    int m_count = 0;
};

} // namespace volnux
