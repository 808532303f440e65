// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Workers panel: the volnux-worker processes connected to the project's Redis queue, with
// how long ago each last beat, and what each did in the run on screen. Redis is read on a
// background thread, once a second while the panel is shown; the GUI never waits for it.

#include "core/cluster/ClusterConfig.h"
#include "core/cluster/WorkerPresence.h"
#include "core/engine/RunRecord.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTableView;

namespace volnux {

class WorkersModel;

class WorkersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WorkersPanel(QWidget *parent = nullptr);
    ~WorkersPanel() override;

    // The queue to watch: the project's cluster with the studio's overrides; unset: none.
    void setCluster(const ClusterConfig &cluster);
    void applyRecords(RecordSpan records);
    void clearActivity();
    WorkersModel *model() const { return m_model; }
    // Reads Redis now (also done every second while the panel is visible).
    void poll();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Poll
    {
        QString error;
        std::vector<WorkerPresence> workers;
    };
    static Poll read(const ClusterConfig &cluster);
    void onPolled();
    void updateStatus();

    WorkersModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QTimer m_timer;
    QFutureWatcher<Poll> m_watcher;
    ClusterConfig m_cluster;
    QString m_error;
    bool m_polled = false;
};

} // namespace volnux
