// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/AttemptsModel.h"

#include "core/UserText.h"
#include "ui/monitor/AttemptText.h"
#include "ui/monitor/StatusStyle.h"

#include <algorithm>

namespace volnux {

AttemptsModel::AttemptsModel(const RunState *state, QObject *parent)
    : QAbstractTableModel(parent), m_state(state)
{
}

void AttemptsModel::setTaskRow(int row)
{
    if (row >= int(m_state->tasks().size()))
        row = -1;
    if (row == m_row)
        return;
    beginResetModel();
    m_row = row;
    m_rows = stateAttemptCount();
    endResetModel();
}

int AttemptsModel::stateAttemptCount() const
{
    return m_row < 0 ? 0 : int(m_state->tasks()[size_t(m_row)].attempts.size());
}

int AttemptsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int AttemptsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttemptsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttemptState &attempt = m_state->tasks()[size_t(m_row)].attempts[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(attempt, index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn)
            return display(attempt, index.row(), index.column());
        if (index.column() == StartLagColumn)
            return AttemptText::startLagDetail(m_state->tasks()[size_t(m_row)],
                                               size_t(index.row()));
        return {};
    case Qt::DecorationRole:
        if (index.column() != OutcomeColumn)
            return {};
        return attempt.finished ? StatusStyle::icon(attempt.outcome)
                                : StatusStyle::icon(TaskStatus::Running);
    case Qt::ForegroundRole:
        if (index.column() != OutcomeColumn)
            return {};
        return attempt.finished ? StatusStyle::color(attempt.outcome) : StatusStyle::runningColor();
    case LogRole: {
        QStringList lines = attempt.log;
        if (attempt.droppedLog > 0)
            lines.prepend(tr("[%n earlier line(s) dropped]", nullptr, attempt.droppedLog));
        return UserText::terminalSafe(lines.join(QLatin1Char('\n')));
    }
    }
    return {};
}

QVariant AttemptsModel::display(const AttemptState &attempt, int row, int column) const
{
    switch (column) {
    case NumberColumn:
        return attempt.number;
    case StartColumn:
        return attempt.started ? StatusStyle::duration(attempt.start) : QString();
    case StartLagColumn:
        return AttemptText::startLag(m_state->tasks()[size_t(m_row)], size_t(row));
    case DurationColumn:
        if (!attempt.started)
            return {};
        return StatusStyle::duration(
            std::max(0.0, (attempt.finished ? attempt.end : m_now) - attempt.start));
    case OutcomeColumn:
        return attempt.finished ? StatusStyle::label(attempt.outcome) : tr("running");
    case ErrorColumn:
        return AttemptText::error(attempt);
    case BackoffColumn:
        return AttemptText::backoff(m_state->tasks()[size_t(m_row)], size_t(row));
    case WorkerColumn: // an attempt cancelled before it started ran on no worker
        return attempt.worker >= 0 && attempt.started
                   ? UserText::terminalSafe(m_state->workers().at(attempt.worker))
                   : QString();
    case LogColumn:
        return attempt.log.isEmpty() ? QString()
                                     : tr("%n line(s)", nullptr, int(attempt.log.size()));
    }
    return {};
}

QVariant AttemptsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("#");
    case StartColumn:
        return tr("Start");
    case StartLagColumn:
        return tr("Start vs due");
    case DurationColumn:
        return tr("Duration");
    case OutcomeColumn:
        return tr("Outcome");
    case ErrorColumn:
        return tr("Error");
    case BackoffColumn:
        return tr("Backoff after");
    case WorkerColumn:
        return tr("Worker");
    case LogColumn:
        return tr("Log");
    }
    return {};
}

void AttemptsModel::applyChange(const RunStateChange &change)
{
    if (m_row < 0 ||
        !std::binary_search(change.changedTasks.begin(), change.changedTasks.end(), m_row))
        return;
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    const int total = stateAttemptCount();
    if (total > m_rows) {
        beginInsertRows({}, m_rows, total - 1);
        m_rows = total;
        endInsertRows();
    }
}

void AttemptsModel::setNow(double now)
{
    m_now = now;
    if (m_rows > 0 && !m_state->tasks()[size_t(m_row)].attempts[size_t(m_rows - 1)].finished)
        emit dataChanged(index(m_rows - 1, DurationColumn), index(m_rows - 1, DurationColumn));
}

void AttemptsModel::reset()
{
    beginResetModel();
    if (m_row >= int(m_state->tasks().size()))
        m_row = -1;
    m_rows = stateAttemptCount();
    endResetModel();
}

} // namespace volnux
