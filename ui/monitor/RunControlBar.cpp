// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/monitor/RunControlBar.h"

#include "ui/monitor/StatusStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace volnux {

RunControlBar::RunControlBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_run =
        addButton(tr("Run"), tr("Validate the project and start a run"), QStringLiteral("running"));
    m_cancelRun = addButton(tr("Cancel run"), tr("Cancel every open task of this run"),
                            QStringLiteral("cancelled"));
    m_cancelTask =
        addButton(tr("Cancel task"), tr("Cancel the selected task"), QStringLiteral("cancelled"));
    m_retryNow = addButton(tr("Retry now"),
                           tr("Start the next attempt of the selected task without waiting "
                              "for its backoff"),
                           QStringLiteral("waiting"));
    m_rerunFailed = addButton(tr("Rerun failed"),
                              tr("Start a new run of the failed tasks with the same settings"),
                              QStringLiteral("failed"));
    connect(m_run, &QToolButton::clicked, this, &RunControlBar::runClicked);
    connect(m_cancelRun, &QToolButton::clicked, this, &RunControlBar::cancelRunClicked);
    connect(m_cancelTask, &QToolButton::clicked, this, &RunControlBar::cancelTaskClicked);
    connect(m_retryNow, &QToolButton::clicked, this, &RunControlBar::retryNowClicked);
    connect(m_rerunFailed, &QToolButton::clicked, this, &RunControlBar::rerunFailedClicked);
    for (QToolButton *button : {m_run, m_cancelRun, m_cancelTask, m_retryNow, m_rerunFailed})
        layout->addWidget(button);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setMinimumWidth(80);
    layout->addWidget(m_progress, 1);
    m_counts = new QLabel(this);
    m_counts->setTextFormat(Qt::RichText);
    // The counts take the room there is, not more: at their natural width they made the run
    // panel (and the window) at least 1,000 pixels wide, wider than a 1.5x-scaled laptop screen.
    // The whole text is the label's tooltip.
    m_counts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_counts->setMinimumWidth(5 * fontMetrics().horizontalAdvance(QLatin1Char('M')));
    layout->addWidget(m_counts, 1);
    m_runStatus = new QLabel(this);
    layout->addWidget(m_runStatus);
    for (QWidget *part : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_counts),
                          static_cast<QWidget *>(m_runStatus)})
        part->hide(); // until a run starts
    setEnabledActions({});
}

QToolButton *RunControlBar::addButton(const QString &text, const QString &toolTip,
                                      const QString &icon)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setIcon(QIcon(QStringLiteral(":/icons/status-%1.svg").arg(icon)));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

void RunControlBar::setEnabledActions(const Enabled &enabled)
{
    m_run->setEnabled(enabled.run);
    m_cancelRun->setEnabled(enabled.cancelRun);
    m_cancelTask->setEnabled(enabled.cancelTask);
    m_retryNow->setEnabled(enabled.retryNow);
    m_rerunFailed->setEnabled(enabled.rerunFailed);
}

void RunControlBar::setExpectedTasks(int tasks)
{
    m_expectedTasks = tasks;
}

// The tasks of the whole run: what the launcher said it holds, else (a recorded run) what the
// events that started announced.
int RunControlBar::runTasks(const RunState &state) const
{
    int announced = 0;
    for (const EventState &event : state.events())
        announced += event.total;
    return std::max({1, state.totals().tasks(), m_expectedTasks > 0 ? m_expectedTasks : announced});
}

void RunControlBar::showProgress(const RunState &state)
{
    // Before any run there is nothing to count: an empty bar would read "0 / 1 done".
    const bool started = state.runStatus() != RunStatus::NotStarted;
    for (QWidget *part : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_counts),
                          static_cast<QWidget *>(m_runStatus)})
        part->setVisible(started);
    if (!started)
        return;
    const RunTotals &totals = state.totals();
    // A cancelled task did not get done: a cancelled run must not show a full bar.
    const int finished = totals.done() - totals.cancelled();
    m_progress->setRange(0, runTasks(state));
    m_progress->setValue(finished);
    m_progress->setFormat(progressFormat(state.runStatus(), totals.cancelled()));
    // The counts as plain text and as coloured rich text, set only when they changed: laying out
    // rich text is the dearest thing the monitor does on a tick.
    QString plain;
    QString rich;
    auto count = [&](TaskStatus status, const QString &text, int n) {
        const QString part = QStringLiteral("%1 %2").arg(text).arg(n);
        const QString dot = plain.isEmpty() ? QString() : QStringLiteral(" · ");
        plain += dot + part;
        rich += dot + QStringLiteral("<span style='color:%1'>%2</span>")
                          .arg(StatusStyle::color(status).name(), part);
    };
    count(TaskStatus::Succeeded, tr("done"), finished);
    count(TaskStatus::Running, tr("running"), totals.count(TaskStatus::Running));
    count(TaskStatus::WaitingToRetry, tr("waiting"), totals.count(TaskStatus::WaitingToRetry));
    if (totals.cancelled() > 0)
        count(TaskStatus::Cancelled, tr("cancelled"), totals.cancelled());
    count(TaskStatus::Failed, tr("failed"), totals.count(TaskStatus::Failed));
    // The rich text, not the plain: a switch to the dark look changes the colours alone.
    if (rich != m_counts->text()) {
        m_countsPlain = plain;
        m_counts->setText(rich);
        m_counts->setToolTip(plain);
    }
    m_runStatus->setText(tr("Run: %1").arg(StatusStyle::label(state.runStatus())));
}

QString RunControlBar::progressFormat(RunStatus status, int cancelled)
{
    switch (status) {
    case RunStatus::Cancelled:
        return tr("Cancelled: %v of %m tasks done");
    case RunStatus::Stopped:
        return tr("Stopped: %v of %m tasks done");
    case RunStatus::Interrupted:
        return tr("Interrupted: %v of %m tasks done");
    default:
        return cancelled > 0 ? tr("%v / %m tasks done, %1 cancelled").arg(cancelled)
                             : tr("%v / %m tasks done");
    }
}

QString RunControlBar::countsText() const
{
    return m_countsPlain;
}

} // namespace volnux
