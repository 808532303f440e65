// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The monitor's run controls and progress: Run, Cancel run, Cancel task, Retry now, Rerun failed,
// a progress bar of the run's finished tasks and the done / running / waiting / failed counts.
// It only shows state and emits requests; RunMonitor decides what is enabled. GUI thread only.

#include "core/observe/RunState.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace volnux {

class RunControlBar : public QWidget
{
    Q_OBJECT
public:
    explicit RunControlBar(QWidget *parent = nullptr);

    struct Enabled
    {
        bool run = true;
        bool cancelRun = false;
        bool cancelTask = false;
        bool retryNow = false;
        bool rerunFailed = false;
    };
    void setEnabledActions(const Enabled &enabled);
    // How many tasks the run holds in all (0: unknown, count what the events announce).
    void setExpectedTasks(int tasks);
    // Hidden before a run; then finished tasks (a cancelled one is not done) of the whole run,
    // and a run ended by Cancel or a stop says so.
    void showProgress(const RunState &state);

    QToolButton *runButton() const { return m_run; }
    QToolButton *cancelRunButton() const { return m_cancelRun; }
    QToolButton *cancelTaskButton() const { return m_cancelTask; }
    QToolButton *retryNowButton() const { return m_retryNow; }
    QToolButton *rerunFailedButton() const { return m_rerunFailed; }
    QProgressBar *progressBar() const { return m_progress; }
    QString countsText() const; // the counts shown, as plain text

signals:
    void runClicked();
    void cancelRunClicked();
    void cancelTaskClicked();
    void retryNowClicked();
    void rerunFailedClicked();

private:
    QToolButton *addButton(const QString &text, const QString &toolTip, const QString &icon);
    int runTasks(const RunState &state) const;
    static QString progressFormat(RunStatus status, int cancelled);

    QToolButton *m_run;
    QToolButton *m_cancelRun;
    QToolButton *m_cancelTask;
    QToolButton *m_retryNow;
    QToolButton *m_rerunFailed;
    QProgressBar *m_progress;
    QLabel *m_counts;
    QString m_countsPlain; // what m_counts shows, without its colours
    QLabel *m_runStatus;
    int m_expectedTasks = 0;
};

} // namespace volnux
