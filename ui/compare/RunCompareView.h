// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Compare two recorded runs: per event A and B side by side with coloured, worded changes; the
// tasks whose outcome or attempt count changed, and for the selected one its attempts in A and in
// B side by side, errors included; and the two timelines on a shared time axis with the changed
// tasks highlighted. The comparison is the core's StoredRunComparison, the one `volnux-run
// history compare` prints. `load` reads the runs on a worker thread (its own store connection)
// and shows them when done. GUI thread only.

#include "core/store/StoredRun.h"
#include "core/store/StoredRunComparison.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QTableView;

namespace volnux {

class AttemptsModel;
class ChangedTasksModel;
class CompareEventsModel;
class CompareTimelines;

class RunCompareView : public QWidget
{
    Q_OBJECT
public:
    struct Loaded
    {
        std::shared_ptr<StoredRunComparison> comparison;
        StoredRun a;
        StoredRun b;
        QString error;
    };

    explicit RunCompareView(QWidget *parent = nullptr);
    ~RunCompareView() override;

    // Reads runs `a` and `b` of the store at `storePath` in the background; emits loaded() or
    // failed().
    void load(const QString &storePath, qint64 a, qint64 b);
    // Reads them on this thread (what `load` does on its worker).
    static Loaded read(const QString &storePath, qint64 a, qint64 b);
    void showLoaded(const Loaded &result);

    const StoredRunComparison *comparison() const { return m_loaded.comparison.get(); }
    QTableView *eventsView() const { return m_events; }
    QTableView *changedTasksView() const { return m_tasks; }
    QTableView *attemptsViewA() const { return m_attemptsA; }
    QTableView *attemptsViewB() const { return m_attemptsB; }
    CompareTimelines *timelines() const { return m_timelines; }
    QLabel *header() const { return m_header; }

signals:
    void loaded();
    void failed(const QString &message);

private:
    QWidget *makeTasksPane();
    void showTask(int row);
    QString runText(const QString &letter, const StoredRun &run) const;

    QLabel *m_header;
    QTableView *m_events;
    QTableView *m_tasks;
    QTableView *m_attemptsA;
    QTableView *m_attemptsB;
    QLabel *m_attemptsTitleA;
    QLabel *m_attemptsTitleB;
    CompareTimelines *m_timelines;
    CompareEventsModel *m_eventsModel;
    ChangedTasksModel *m_tasksModel;
    AttemptsModel *m_attemptsModelA = nullptr;
    AttemptsModel *m_attemptsModelB = nullptr;
    Loaded m_loaded;
    QFutureWatcher<Loaded> m_watcher;
};

} // namespace volnux
