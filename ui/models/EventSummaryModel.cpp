// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/EventSummaryModel.h"

#include "core/evaluation/EvaluationExplainer.h"
#include "ui/monitor/StatusStyle.h"

namespace volnux {

EventSummaryModel::EventSummaryModel(const RunState *state, QObject *parent)
    : QAbstractTableModel(parent), m_state(state)
{
}

int EventSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int EventSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventState &event = m_state->events()[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(event, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return StatusStyle::icon(event.status);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return StatusStyle::color(event.status);
        if (index.column() == FailedColumn && event.count(TaskStatus::Failed) > 0)
            return StatusStyle::color(TaskStatus::Failed);
        return {};
    case Qt::ToolTipRole:
        // The branch a pipeline takes after the event, unless a task returned another.
        if (index.column() == OutcomeColumn && event.evaluated)
            return tr("%1\nPipeline branch %2").arg(outcomeText(event)).arg(event.outcome ? 1 : 0);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= TotalColumn && index.column() <= OpenColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant EventSummaryModel::display(const EventState &event, int column) const
{
    switch (column) {
    case NameColumn:
        return event.name;
    case StatusColumn:
        return StatusStyle::label(event.status);
    case TotalColumn:
        return event.total;
    case SucceededColumn:
        return event.count(TaskStatus::Succeeded);
    case FailedColumn:
        return event.count(TaskStatus::Failed);
    case CancelledColumn:
        return event.count(TaskStatus::Cancelled);
    case SkippedColumn:
        return event.count(TaskStatus::Skipped);
    case OpenColumn:
        return event.count(TaskStatus::Queued) + event.count(TaskStatus::Running) +
               event.count(TaskStatus::WaitingToRetry);
    case EvaluationColumn:
        return event.evaluation;
    case OutcomeColumn:
        if (!event.evaluated)
            return {};
        return outcomeText(event);
    }
    return {};
}

// In words, from the evaluation state and the counts: "3 of 12 tasks failed → failure".
QString EventSummaryModel::outcomeText(const EventState &event)
{
    const Result<Evaluation> evaluation = Evaluation::fromString(event.evaluation);
    if (!evaluation)
        return event.outcome ? tr("success") : tr("failure");
    return EvaluationExplainer::explain(*evaluation, event.counts.succeeded(),
                                        event.counts.failed());
}

QVariant EventSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Event");
    case StatusColumn:
        return tr("Status");
    case TotalColumn:
        return tr("Tasks");
    case SucceededColumn:
        return tr("Succeeded");
    case FailedColumn:
        return tr("Failed");
    case CancelledColumn:
        return tr("Cancelled");
    case SkippedColumn:
        return tr("Skipped");
    case OpenColumn:
        return tr("Open");
    case EvaluationColumn:
        return tr("Evaluation");
    case OutcomeColumn:
        return tr("Outcome");
    }
    return {};
}

// Task changes move an event's counts, so every event row a batch touched is refreshed.
void EventSummaryModel::applyChange(const RunStateChange &change)
{
    if (!change.changedEvents.empty() && m_rows > 0) {
        const int first = change.changedEvents.front();
        const int last = std::min(change.changedEvents.back(), m_rows - 1);
        if (first <= last)
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
    const int total = int(m_state->events().size());
    if (total > m_rows) {
        beginInsertRows({}, m_rows, total - 1);
        m_rows = total;
        endInsertRows();
    }
}

void EventSummaryModel::reset()
{
    beginResetModel();
    m_rows = int(m_state->events().size());
    endResetModel();
}

} // namespace volnux
