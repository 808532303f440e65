// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The live run monitor: controls and progress, the task table (filter, search, sort), the attempts
// of the selected task with their logs, the event summary and the timeline. It works on the
// run-record stream alone: records come from a drain function (Run::takeRecords, see
// RunMonitorController), from `appendRecords`, or all at once from `replay`. Records are applied
// in batches on a ~30 Hz timer, never one by one. Control buttons only emit requests.
// GUI thread only.

#include "core/observe/RunState.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTabWidget;

namespace volnux {

class AttemptsModel;
class RecordQueue;
class EventExplanation;
class EventSummaryModel;
class ProjectChangedNote;
class RunControlBar;
class RunTimeline;
class TaskFilterProxyModel;
class TaskTableModel;

class RunMonitor : public QWidget
{
    Q_OBJECT
public:
    explicit RunMonitor(QWidget *parent = nullptr);
    ~RunMonitor() override;

    // Starts monitoring a live stream: `drain` fills the vector it is given (cleared first) with
    // the records that arrived since the last call; the vector's storage is the monitor's, kept
    // from one drain to the next. Call `wake` when records are available (Run::recordsAvailable).
    void setSource(std::function<void(RunRecords &into)> drain);
    // The same with whole batches, the cheapest: `batches` comes with the batches the monitor has
    // read (records gone, storage kept) for the source to take back, and leaves with the batches
    // that arrived since the last call, oldest first (Run::takeRecordBatches).
    void setBatchSource(std::function<void(std::vector<RunRecords> &batches)> drain);
    void wake();
    // Queues records pushed by the caller; they are applied on the next tick.
    void appendRecords(RunRecords records);
    // Shows a finished (or recorded) stream at once.
    void replay(const RunRecords &records);
    void reset();
    // Applies everything pending now instead of on the next tick (tests, end of a run).
    void applyPending();
    void setRunEnabled(bool enabled);
    // A recorded run on screen: Cancel run, Cancel task and Retry now stay disabled.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Called with each batch right after the monitor's state has read it (the run store's
    // writer records what the monitor shows); null for none.
    void setRecordSink(std::function<void(RecordSpan, const RunState &)> sink);
    // A note shown above the tables (the past-run banner); the monitor takes it over.
    void addBanner(QWidget *banner);
    // The selected tasks, for "Rerun selected tasks".
    QList<TaskKey> selectedTasks() const;

    const RunState &state() const { return *m_state; }
    double now() const;
    int selectedRow() const { return m_selectedRow; }
    void selectRow(int row);

    RunControlBar *controls() const { return m_controls; }
    ProjectChangedNote *changedNote() const { return m_changedNote; }
    TaskTableModel *taskModel() const { return m_taskModel; }
    TaskFilterProxyModel *taskProxy() const { return m_proxy; }
    AttemptsModel *attemptsModel() const { return m_attemptsModel; }
    EventSummaryModel *eventModel() const { return m_eventModel; }
    QTableView *taskView() const { return m_taskView; }
    QTableView *attemptsView() const { return m_attemptsView; }
    QTableView *eventView() const { return m_eventView; }
    EventExplanation *explanation() const { return m_explanation; }
    QPlainTextEdit *logView() const { return m_logView; }
    QTabWidget *detailTabs() const { return m_tabs; }
    RunTimeline *timeline() const { return m_timeline; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *eventFilter() const { return m_eventFilter; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *laneMode() const { return m_laneMode; }

signals:
    void runRequested();
    void cancelRequested();
    void cancelTaskRequested(int event, int task);
    void retryNowRequested(int event, int task);
    // The failed tasks of the shown run, for a new run with the same settings.
    void rerunFailedRequested(const QList<volnux::TaskKey> &failed);
    // The tasks selected in the table (its context menu), for a new run of just those.
    void rerunTasksRequested(const QList<volnux::TaskKey> &tasks);
    void taskSelected(int row);
    // The shown state changed (records applied, a replay, a reset): views of it refresh.
    void stateRefreshed();
    // Each batch of records right after the state read it, and the state emptied for a new run.
    void recordsApplied(volnux::RecordSpan records);
    void cleared();

protected:
    void changeEvent(QEvent *event) override; // the run bar's counts in a new language

private:
    QWidget *buildFilterBar();
    QWidget *buildDetails();
    void buildTaskView();
    void connectControls();
    void tick();
    void applyBatch(RecordSpan records);
    // The state reads the records (and the sink and recordsApplied see them); then the views show
    // what changed, once for several batches.
    RunStateChange readRecords(RecordSpan records);
    void showChange(const RunStateChange &change);
    void refreshNow();
    void updateActions();
    void updateEventFilter();
    void fitEventColumn();
    void applyStatusFilter(int index);
    void onCurrentTaskChanged(const QModelIndex &current);
    void onCurrentAttemptChanged(const QModelIndex &current);
    void requestForSelected(void (RunMonitor::*signal)(int, int));
    void showTaskMenu(const QPoint &pos);

    std::unique_ptr<RunState> m_state;
    std::function<void(std::vector<RunRecords> &batches)> m_drain; // see setBatchSource
    std::vector<RunRecords> m_drained; // the drain's batches, in and out
    std::unique_ptr<RecordQueue> m_pending;
    bool m_applying = false; // a slot of ours that asks to apply pending records gets nothing
    bool drainSource();
    // Applies pending records in chunks until a time budget is spent, so one huge batch (the
    // 100,000 "queued" records of a big event) never freezes the window: the rest waits a tick.
    void applyWithinBudget(qint64 budgetMs);
    void applyFront(size_t max); // the next `max` pending records, at most
    QTimer m_ticker;
    QElapsedTimer m_sinceAnchor;
    double m_anchor = 0;
    bool m_live = false;
    bool m_runEnabled = true;
    bool m_readOnly = false;
    std::function<void(RecordSpan, const RunState &)> m_sink;
    int m_selectedRow = -1;

    RunControlBar *m_controls = nullptr;
    ProjectChangedNote *m_changedNote = nullptr;
    TaskTableModel *m_taskModel = nullptr;
    TaskFilterProxyModel *m_proxy = nullptr;
    AttemptsModel *m_attemptsModel = nullptr;
    EventSummaryModel *m_eventModel = nullptr;
    QTableView *m_taskView = nullptr;
    QTableView *m_attemptsView = nullptr;
    QTableView *m_eventView = nullptr;
    EventExplanation *m_explanation = nullptr;
    QPlainTextEdit *m_logView = nullptr;
    QTabWidget *m_tabs = nullptr;
    RunTimeline *m_timeline = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_eventFilter = nullptr;
    QComboBox *m_laneMode = nullptr;
    QLineEdit *m_search = nullptr;
};

} // namespace volnux
