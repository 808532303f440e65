// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/ChangedTasksModel.h"

#include "ui/monitor/StatusStyle.h"

namespace volnux {

ChangedTasksModel::ChangedTasksModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChangedTasksModel::setComparison(const RunComparison *comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

const RunComparison::Task *ChangedTasksModel::task(int row) const
{
    if (!m_comparison || row < 0 || row >= rowCount())
        return nullptr;
    return &m_comparison->changedTasks[size_t(row)];
}

QString ChangedTasksModel::change(const RunComparison::Task &t)
{
    QStringList out;
    if (t.outcomeB == TaskStatus::Failed && t.outcomeA != TaskStatus::Failed)
        out << tr("newly failing");
    else if (t.outcomeA == TaskStatus::Failed && t.outcomeB != TaskStatus::Failed)
        out << tr("fixed");
    else if (t.outcomeA != t.outcomeB)
        out << tr("now %1").arg(StatusStyle::label(t.outcomeB));
    const int delta = t.attemptsB - t.attemptsA;
    if (delta != 0)
        out << (std::abs(delta) == 1
                    ? (delta > 0 ? tr("+1 attempt") : tr("−1 attempt"))
                    : (delta > 0 ? tr("+%1 attempts") : tr("−%1 attempts")).arg(std::abs(delta)));
    return out.join(QStringLiteral(", "));
}

bool ChangedTasksModel::worse(const RunComparison::Task &t)
{
    if (t.outcomeA == TaskStatus::Failed)
        return false;
    return t.outcomeB == TaskStatus::Failed || t.attemptsB > t.attemptsA;
}

int ChangedTasksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_comparison ? 0 : int(m_comparison->changedTasks.size());
}

int ChangedTasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChangedTasksModel::display(const RunComparison::Task &t, int column) const
{
    switch (column) {
    case EventColumn:
        return t.event;
    case TaskColumn:
        return QString::number(t.task);
    case OutcomeAColumn:
        return StatusStyle::label(t.outcomeA);
    case OutcomeBColumn:
        return StatusStyle::label(t.outcomeB);
    case AttemptsAColumn:
        return QString::number(t.attemptsA);
    case AttemptsBColumn:
        return QString::number(t.attemptsB);
    case ChangeColumn:
        return change(t);
    default:
        return {};
    }
}

QVariant ChangedTasksModel::data(const QModelIndex &index, int role) const
{
    const RunComparison::Task *t = task(index.row());
    if (!index.isValid() || !t)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*t, index.column());
    case Qt::DecorationRole:
        if (index.column() == OutcomeAColumn)
            return StatusStyle::icon(t->outcomeA);
        if (index.column() == OutcomeBColumn)
            return StatusStyle::icon(t->outcomeB);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn || index.column() == OutcomeBColumn)
            return StatusStyle::color(worse(*t) ? TaskStatus::Failed : TaskStatus::Succeeded);
        return {};
    default:
        return {};
    }
}

QVariant ChangedTasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[ColumnCount] = {
        QT_TR_NOOP("Event"),     QT_TR_NOOP("Task"),       QT_TR_NOOP("Outcome A"),
        QT_TR_NOOP("Outcome B"), QT_TR_NOOP("Attempts A"), QT_TR_NOOP("Attempts B"),
        QT_TR_NOOP("Change")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace volnux
