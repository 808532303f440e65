// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/trends/FlakyTasksModel.h"

#include "ui/monitor/StatusStyle.h"

namespace volnux {

namespace {

QString numbers(const QList<qint64> &values)
{
    QStringList out;
    for (const qint64 v : values)
        out << QString::number(v);
    return out.join(QStringLiteral(", "));
}

// "2" when always the same attempt, "2–4" otherwise; "never" when it never succeeded.
QString succeededAt(const QList<int> &attempts)
{
    if (attempts.isEmpty())
        return FlakyTasksModel::tr("never");
    const auto [low, high] = std::minmax_element(attempts.begin(), attempts.end());
    if (*low == *high)
        return QString::number(*low);
    return QStringLiteral("%1–%2").arg(*low).arg(*high);
}

} // namespace

FlakyTasksModel::FlakyTasksModel(QObject *parent) : QAbstractTableModel(parent) {}

void FlakyTasksModel::setTasks(std::vector<FlakyTask> tasks)
{
    beginResetModel();
    m_tasks = std::move(tasks);
    endResetModel();
}

const FlakyTask *FlakyTasksModel::task(int row) const
{
    return row >= 0 && row < rowCount() ? &m_tasks[size_t(row)] : nullptr;
}

int FlakyTasksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int FlakyTasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FlakyTasksModel::display(const FlakyTask &t, int column) const
{
    switch (column) {
    case EventColumn:
        return t.event;
    case TaskColumn:
        return QString::number(t.task);
    case TroubledColumn:
        return tr("%1 of %2 runs").arg(t.troubledRuns).arg(t.consideredRuns);
    case FailedColumn:
        return QString::number(t.failedRuns);
    case ErrorTypesColumn:
        return t.errorTypes.isEmpty() ? tr("(returned failure)")
                                      : t.errorTypes.join(QStringLiteral(", "));
    case SucceededAtColumn:
        return succeededAt(t.succeededAttempts);
    case RunsColumn:
        return numbers(t.troubledRunIds);
    default:
        return {};
    }
}

QVariant FlakyTasksModel::data(const QModelIndex &index, int role) const
{
    const FlakyTask *t = task(index.row());
    if (!index.isValid() || !t)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return display(*t, index.column());
    if (role == Qt::ForegroundRole && index.column() == FailedColumn && t->failedRuns > 0)
        return StatusStyle::color(TaskStatus::Failed);
    return {};
}

QVariant FlakyTasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[ColumnCount] = {QT_TR_NOOP("Event"),
                                                   QT_TR_NOOP("Task"),
                                                   QT_TR_NOOP("Retried or failed"),
                                                   QT_TR_NOOP("Failed"),
                                                   QT_TR_NOOP("Error types"),
                                                   QT_TR_NOOP("Succeeded at attempt"),
                                                   QT_TR_NOOP("Runs (newest first)")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace volnux
