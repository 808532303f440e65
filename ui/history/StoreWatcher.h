// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Notices when another process (volnux-run, another studio) records into the run store: it
// compares the size and modification time of the store file and its write-ahead log on a slow
// timer. Two stat calls a tick, no database access, so it may run on the GUI thread.
// GUI thread only.

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace volnux {

class StoreWatcher : public QObject
{
    Q_OBJECT
public:
    explicit StoreWatcher(QObject *parent = nullptr);

    void watch(const QString &storePath);
    void setInterval(int ms) { m_timer.setInterval(ms); }
    // Takes the files' state now, so that a change of ours is not reported (after a reload).
    void resync();

signals:
    void changed();

private:
    struct Signature
    {
        qint64 size = -1;
        QDateTime modified;
        qint64 walSize = -1;
        QDateTime walModified;
        bool operator==(const Signature &) const = default;
    };
    Signature current() const;
    void check();

    QString m_path;
    Signature m_last;
    QTimer m_timer;
};

} // namespace volnux
