// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/CompareTimelines.h"

#include "ui/plots/RunTimeline.h"

#include <QVBoxLayout>

namespace volnux {

namespace {

const QString kHighlight = QStringLiteral("changedTask");

int eventIndex(const RunState &state, const QString &name)
{
    for (const EventState &e : state.events()) {
        if (e.name == name)
            return e.index;
    }
    return -1;
}

} // namespace

CompareTimelines::CompareTimelines(QWidget *parent)
    : QWidget(parent), m_a(new RunTimeline), m_b(new RunTimeline)
{
    m_a->setObjectName(QStringLiteral("timelineA"));
    m_b->setObjectName(QStringLiteral("timelineB"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_a);
    layout->addWidget(m_b);
    shareTimeAxis();
    // A group collapsed or expanded moves the lanes: the changed tasks' bands follow.
    for (RunTimeline *timeline : {m_a, m_b}) {
        connect(timeline, &RunTimeline::lanesChanged, this, [this, timeline] {
            if (!m_comparison)
                return;
            highlight(timeline, timeline == m_a ? m_comparison->a : m_comparison->b,
                      m_comparison->comparison.changedTasks);
            timeline->replot(QCustomPlot::rpQueuedReplot);
        });
    }
}

void CompareTimelines::shareTimeAxis()
{
    // Setting an equal range emits nothing, so the two never ping-pong.
    for (auto [from, to] : {std::pair{m_a, m_b}, std::pair{m_b, m_a}}) {
        connect(from->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), to,
                [to](const QCPRange &range) {
                    if (to->xAxis->range() == range)
                        return;
                    to->xAxis->setRange(range);
                    to->replot(QCustomPlot::rpQueuedReplot);
                });
    }
}

void CompareTimelines::setComparison(const StoredRunComparison *comparison)
{
    m_comparison = comparison;
    const std::vector<RunComparison::Task> none;
    for (RunTimeline *timeline : {m_a, m_b}) {
        timeline->setState(comparison ? (timeline == m_a ? &comparison->a : &comparison->b)
                                      : nullptr);
        timeline->setTitle({});
    }
    if (!comparison)
        return;
    const RunComparison &c = comparison->comparison;
    m_a->setTitle(tr("A: run %1").arg(c.a));
    m_b->setTitle(tr("B: run %1").arg(c.b));
    highlight(m_a, comparison->a, c.changedTasks);
    highlight(m_b, comparison->b, c.changedTasks);
    fitBoth();
}

void CompareTimelines::fitBoth()
{
    m_a->fitAll();
    m_b->fitAll();
    const double upper = std::max(m_a->xAxis->range().upper, m_b->xAxis->range().upper);
    m_a->xAxis->setRange(0, upper);
    m_b->xAxis->setRange(0, upper);
    m_a->replot(QCustomPlot::rpQueuedReplot);
    m_b->replot(QCustomPlot::rpQueuedReplot);
}

void CompareTimelines::highlight(RunTimeline *timeline, const RunState &state,
                                 const std::vector<RunComparison::Task> &tasks)
{
    for (int i = timeline->itemCount() - 1; i >= 0; --i) {
        if (timeline->item(i)->objectName() == kHighlight)
            timeline->removeItem(i);
    }
    const QColor colour(255, 196, 0, 70); // amber, behind the bars: the lane, not the outcome
    for (const RunComparison::Task &task : tasks) {
        const int event = eventIndex(state, task.event);
        const int lane = event < 0 ? -1 : timeline->bars()->laneOf(state.rowOf(event, task.task));
        if (lane < 0)
            continue;
        auto *band = new QCPItemRect(timeline);
        band->setObjectName(kHighlight);
        band->setLayer(QStringLiteral("background"));
        band->setClipToAxisRect(true);
        band->setPen(Qt::NoPen);
        band->setBrush(colour);
        band->topLeft->setTypeX(QCPItemPosition::ptAxisRectRatio);
        band->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
        band->topLeft->setCoords(0, lane - 0.5);
        band->bottomRight->setCoords(1, lane + 0.5);
    }
}

int CompareTimelines::highlightedLanes(const RunTimeline *timeline) const
{
    int n = 0;
    for (int i = 0; i < timeline->itemCount(); ++i)
        n += timeline->item(i)->objectName() == kHighlight ? 1 : 0;
    return n;
}

} // namespace volnux
