// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventExplanation.h"

#include "core/evaluation/EvaluationExplainer.h"
#include "core/observe/RunState.h"

namespace volnux {

EventExplanation::EventExplanation(const RunState *state, QWidget *parent)
    : QLabel(parent), m_state(state)
{
    setObjectName(QStringLiteral("eventExplanation"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setAlignment(Qt::AlignTop | Qt::AlignLeft);
    setMargin(6);
    setMinimumHeight(3 * fontMetrics().lineSpacing());
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) {
        bool ok = false;
        const int row = link.section(QLatin1Char(':'), 1).toInt(&ok);
        if (ok)
            emit taskActivated(row);
    });
    rebuild();
}

void EventExplanation::setEvent(int event)
{
    m_event = event;
    rebuild();
}

void EventExplanation::refresh()
{
    const bool valid = m_event >= 0 && size_t(m_event) < m_state->events().size();
    const bool evaluated = valid && m_state->events()[size_t(m_event)].evaluated;
    if (evaluated != m_evaluated || (!valid && !m_explanation.isEmpty()))
        rebuild();
}

void EventExplanation::rebuild()
{
    m_rows.clear();
    m_moreRows = 0;
    m_explanation.clear();
    m_evaluated = false;
    if (m_event < 0 || size_t(m_event) >= m_state->events().size()) {
        setText(tr("Select an event to see why it succeeded or failed."));
        return;
    }
    const EventState &event = m_state->events()[size_t(m_event)];
    m_evaluated = event.evaluated;
    const Result<Evaluation> evaluation = Evaluation::fromString(event.evaluation);
    if (!event.evaluated || !evaluation) {
        setText(tr("%1 has not been evaluated yet.").arg(event.name.toHtmlEscaped()));
        return;
    }
    m_explanation = tr("%1: %2").arg(
        event.name,
        EvaluationExplainer::explain(*evaluation, event.counts.succeeded(), event.counts.failed()));
    const std::optional<TaskStatus> deciding =
        EvaluationExplainer::decidingTasks(*evaluation, event.outcome);
    for (size_t row = 0; deciding && row < m_state->tasks().size(); ++row) {
        const TaskState &task = m_state->tasks()[row];
        if (task.event != m_event || task.status != *deciding)
            continue;
        if (m_rows.size() < kMaxLinks)
            m_rows << int(row);
        else
            ++m_moreRows;
    }
    setText(m_explanation.toHtmlEscaped() + links());
}

QString EventExplanation::links() const
{
    if (m_rows.isEmpty())
        return {};
    QStringList items;
    for (int row : m_rows) {
        const TaskState &task = m_state->tasks()[size_t(row)];
        const QString name = task.input.isEmpty()
                                 ? QStringLiteral("#%1").arg(task.task)
                                 : QStringLiteral("#%1 %2").arg(task.task).arg(task.input);
        items << QStringLiteral("<a href=\"task:%1\">%2</a>").arg(row).arg(name.toHtmlEscaped());
    }
    if (m_moreRows > 0)
        items << tr("and %n more", nullptr, m_moreRows);
    const TaskStatus status = m_state->tasks()[size_t(m_rows.first())].status;
    const QString heading = status == TaskStatus::Failed ? tr("Decided by the failures of:")
                                                         : tr("Rescued by the successes of:");
    return QStringLiteral("<br>") + heading.toHtmlEscaped() + QLatin1Char(' ') +
           items.join(QStringLiteral(", "));
}

} // namespace volnux
