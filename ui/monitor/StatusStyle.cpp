// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/monitor/StatusStyle.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace volnux {

namespace {

TaskStatus taskStatusOf(EventStatus status)
{
    switch (status) {
    case EventStatus::Pending:
        return TaskStatus::Queued;
    case EventStatus::Running:
        return TaskStatus::Running;
    case EventStatus::Succeeded:
        return TaskStatus::Succeeded;
    case EventStatus::Failed:
        return TaskStatus::Failed;
    case EventStatus::Cancelled:
        return TaskStatus::Cancelled;
    case EventStatus::Skipped:
        return TaskStatus::Skipped;
    }
    return TaskStatus::Queued;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("volnux::StatusStyle", text);
}

QString iconName(TaskStatus status)
{
    return toText(status); // the icons are named after the statuses' record names
}

// Icons are loaded once: the table asks for them for every visible row on every repaint.
QIcon cachedIcon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/status-%1.svg").arg(name)));
    return it.value();
}

} // namespace

QString StatusStyle::label(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Queued:
        return tr("queued");
    case TaskStatus::Running:
        return tr("running");
    case TaskStatus::WaitingToRetry:
        return tr("waiting to retry");
    case TaskStatus::Succeeded:
        return tr("succeeded");
    case TaskStatus::Failed:
        return tr("failed");
    case TaskStatus::Cancelled:
        return tr("cancelled");
    case TaskStatus::Skipped:
        return tr("skipped");
    }
    return {};
}

QColor StatusStyle::color(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Queued:
        return QColor(0x75, 0x75, 0x75);
    case TaskStatus::Running:
        return runningColor();
    case TaskStatus::WaitingToRetry:
        return QColor(0xc7, 0x7c, 0x02);
    case TaskStatus::Succeeded:
        return QColor(0x2e, 0x7d, 0x32);
    case TaskStatus::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case TaskStatus::Cancelled:
        return QColor(0x61, 0x61, 0x61);
    case TaskStatus::Skipped:
        return QColor(0x8d, 0x8d, 0x8d);
    }
    return {};
}

QIcon StatusStyle::icon(TaskStatus status)
{
    return cachedIcon(iconName(status));
}

QString StatusStyle::label(AttemptOutcome outcome)
{
    switch (outcome) {
    case AttemptOutcome::Success:
        return tr("success");
    case AttemptOutcome::Failure:
        return tr("failure");
    case AttemptOutcome::Error:
        return tr("error");
    case AttemptOutcome::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QColor StatusStyle::color(AttemptOutcome outcome)
{
    switch (outcome) {
    case AttemptOutcome::Success:
        return QColor(0x43, 0xa0, 0x47);
    case AttemptOutcome::Failure:
        return QColor(0xfb, 0x8c, 0x00);
    case AttemptOutcome::Error:
        return QColor(0xe5, 0x39, 0x35);
    case AttemptOutcome::Cancelled:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return {};
}

QIcon StatusStyle::icon(AttemptOutcome outcome)
{
    switch (outcome) {
    case AttemptOutcome::Success:
        return icon(TaskStatus::Succeeded);
    case AttemptOutcome::Failure:
        return cachedIcon(QStringLiteral("failure"));
    case AttemptOutcome::Error:
        return icon(TaskStatus::Failed);
    case AttemptOutcome::Cancelled:
        return icon(TaskStatus::Cancelled);
    }
    return {};
}

QString StatusStyle::label(EventStatus status)
{
    switch (status) {
    case EventStatus::Pending:
        return tr("pending");
    case EventStatus::Running:
        return tr("running");
    case EventStatus::Succeeded:
        return tr("succeeded");
    case EventStatus::Failed:
        return tr("failed");
    case EventStatus::Cancelled:
        return tr("cancelled");
    case EventStatus::Skipped:
        return tr("skipped");
    }
    return {};
}

QString StatusStyle::label(RunStatus status)
{
    switch (status) {
    case RunStatus::NotStarted:
        return tr("not started");
    case RunStatus::Running:
        return tr("running");
    case RunStatus::Succeeded:
        return tr("succeeded");
    case RunStatus::Failed:
        return tr("failed");
    case RunStatus::Stopped:
        return tr("stopped");
    case RunStatus::Cancelled:
        return tr("cancelled");
    case RunStatus::Interrupted:
        return tr("interrupted");
    }
    return {};
}

QColor StatusStyle::runningColor()
{
    return QColor(0x1e, 0x88, 0xe5);
}

QColor StatusStyle::backoffColor()
{
    return QColor(0xc7, 0x7c, 0x02);
}

QColor StatusStyle::retryNowColor()
{
    return QColor(0x8e, 0x24, 0xaa); // purple: no status uses it
}

QString StatusStyle::duration(double ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(qRound(ms));
    if (ms < 60000)
        return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 2);
    const qint64 seconds = qint64(std::floor(ms / 1000.0));
    return QStringLiteral("%1 min %2 s")
        .arg(seconds / 60)
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QColor StatusStyle::color(EventStatus status)
{
    return color(taskStatusOf(status));
}

QIcon StatusStyle::icon(EventStatus status)
{
    return icon(taskStatusOf(status));
}

} // namespace volnux
