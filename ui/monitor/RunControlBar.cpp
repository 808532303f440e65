#include "ui/monitor/RunControlBar.h"

#include "ui/monitor/StatusStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QRegularExpression>
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
    m_progress->setFormat(tr("%v / %m done"));
    m_progress->setMinimumWidth(160);
    layout->addWidget(m_progress, 1);
    m_counts = new QLabel(this);
    m_counts->setTextFormat(Qt::RichText);
    layout->addWidget(m_counts);
    m_runStatus = new QLabel(this);
    layout->addWidget(m_runStatus);
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

void RunControlBar::showProgress(const RunState &state)
{
    const RunTotals &totals = state.totals();
    int expected = 0;
    for (const EventState &event : state.events())
        expected += event.total;
    m_progress->setRange(0, std::max({1, totals.tasks(), expected}));
    m_progress->setValue(totals.done());
    auto count = [](TaskStatus status, const QString &text, int n) {
        return QStringLiteral("<span style='color:%1'>%2 %3</span>")
            .arg(StatusStyle::color(status).name(), text)
            .arg(n);
    };
    m_counts->setText(
        count(TaskStatus::Succeeded, tr("done"), totals.done()) + QStringLiteral(" · ") +
        count(TaskStatus::Running, tr("running"), totals.count(TaskStatus::Running)) +
        QStringLiteral(" · ") +
        count(TaskStatus::WaitingToRetry, tr("waiting"), totals.count(TaskStatus::WaitingToRetry)) +
        QStringLiteral(" · ") +
        count(TaskStatus::Failed, tr("failed"), totals.count(TaskStatus::Failed)));
    m_runStatus->setText(tr("Run: %1").arg(StatusStyle::label(state.runStatus())));
}

QString RunControlBar::countsText() const
{
    return QString(m_counts->text()).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
}

} // namespace volnux
