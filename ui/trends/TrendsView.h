// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Trends for one project: its last N runs plotted (TrendPlots) and below them the flaky tasks,
// those that needed a retry or failed in at least k of the last n runs (k, n and N editable).
// Clicking a flaky task lists the runs where it needed a retry or failed; activating it also asks
// to open the newest failed one (openRunRequested), as does activating a run in that list. The runs
// are read on a worker thread with its own store connection, with progress and cancel. GUI thread
// only.

#include "core/store/RunTrends.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace volnux {

class FlakyTasksModel;
class TrendPlots;

class TrendsView : public QWidget
{
    Q_OBJECT
public:
    explicit TrendsView(QWidget *parent = nullptr);
    ~TrendsView() override;

    // Reads the project's last N runs from the store in the background; refresh() reads again.
    void load(const QString &storePath, const QString &projectPath);
    void refresh();
    void cancel();
    // Shows runs already read (oldest first).
    void setPoints(std::vector<RunTrendPoint> points);
    const std::vector<RunTrendPoint> &points() const { return m_points; }

    TrendPlots *plots() const { return m_plots; }
    QTableView *flakyView() const { return m_flakyView; }
    FlakyTasksModel *flakyModel() const { return m_flaky; }
    QListWidget *runList() const { return m_runs; }
    QSpinBox *lastRunsBox() const { return m_lastRuns; }
    QSpinBox *kBox() const { return m_k; }
    QSpinBox *nBox() const { return m_n; }

signals:
    void openRunRequested(qint64 runId);
    void loaded();

private:
    QWidget *makeControls();
    QWidget *makeFlakyPane();
    void updateFlaky();
    // Lists the runs of the task at `index`; returns the one to open (0: none).
    qint64 showRunsOf(const QModelIndex &index);
    void finishLoad();

    QString m_storePath;
    QString m_projectPath;
    std::vector<RunTrendPoint> m_points;
    TrendPlots *m_plots;
    FlakyTasksModel *m_flaky;
    QTableView *m_flakyView = nullptr;
    QListWidget *m_runs = nullptr;
    QSpinBox *m_lastRuns = nullptr;
    QSpinBox *m_k = nullptr;
    QSpinBox *m_n = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QFutureWatcher<Result<std::vector<RunTrendPoint>>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace volnux
