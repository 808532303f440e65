// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/HistoryModel.h"

#include "core/UserText.h"
#include "ui/monitor/StatusStyle.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace volnux {

namespace {

// The task status whose icon stands for a run's status (the text always goes with it).
TaskStatus iconStatus(RunStatus status)
{
    switch (status) {
    case RunStatus::Succeeded:
        return TaskStatus::Succeeded;
    case RunStatus::Failed:
        return TaskStatus::Failed;
    case RunStatus::NotStarted:
        return TaskStatus::Queued;
    case RunStatus::Running:
        return TaskStatus::Running;
    case RunStatus::Stopped:
    case RunStatus::Cancelled:
    case RunStatus::Interrupted:
        break;
    }
    return TaskStatus::Cancelled;
}

} // namespace

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::startedText(const QString &isoUtc)
{
    QDateTime when = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!when.isValid())
        return isoUtc;
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QVariant HistoryModel::display(const StoredRun &run, int column) const
{
    switch (column) {
    case StatusColumn:
        return StatusStyle::label(run.status);
    case RunColumn:
        // A rerun says so in words, not only with a mark: "#12 ↻ rerun of #9".
        return run.parent ? tr("#%1 ↻ rerun of #%2").arg(run.id).arg(*run.parent)
                          : QStringLiteral("#%1").arg(run.id);
    case ProjectColumn:
        return UserText::terminalSafe(run.projectName);
    case StartedColumn:
        return startedText(run.started);
    case DurationColumn:
        return StatusStyle::duration(run.durationMs);
    case TasksColumn:
        return run.tasks;
    case FailedColumn:
        return run.counts.failed();
    case AttemptsColumn:
        return run.attempts;
    default:
        return {};
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const StoredRun *run = index.isValid() ? runAt(index.row()) : nullptr;
    if (!run)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*run, index.column());
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? StatusStyle::icon(iconStatus(run->status))
                                              : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == ProjectColumn)
            return run->projectPath;
        if (index.column() == RunColumn && run->parent)
            return tr("Run %1 reran the failed or chosen tasks of run %2")
                .arg(run->id)
                .arg(*run->parent);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= DurationColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant();
    case RunIdRole:
        return run->id;
    case RunStatusRole:
        return int(run->status);
    case SearchTextRole:
        return QStringList{QString::number(run->id), run->projectName, run->projectPath,
                           StatusStyle::label(run->status), run->host}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case RunColumn:
        return tr("Run");
    case ProjectColumn:
        return tr("Project");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case TasksColumn:
        return tr("Tasks");
    case FailedColumn:
        return tr("Failed");
    case AttemptsColumn:
        return tr("Attempts");
    default:
        return {};
    }
}

void HistoryModel::setRuns(std::vector<StoredRun> runs)
{
    std::sort(runs.begin(), runs.end(),
              [](const StoredRun &a, const StoredRun &b) { return a.id > b.id; });
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

const StoredRun *HistoryModel::runAt(int row) const
{
    return row >= 0 && size_t(row) < m_runs.size() ? &m_runs[size_t(row)] : nullptr;
}

int HistoryModel::rowOf(qint64 id) const
{
    for (size_t row = 0; row < m_runs.size(); ++row) {
        if (m_runs[row].id == id)
            return int(row);
    }
    return -1;
}

} // namespace volnux
