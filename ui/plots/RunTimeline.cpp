// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plots/RunTimeline.h"

#include "core/observe/RunState.h"
#include "ui/plots/PlotTheme.h"
#include "ui/plots/TimelineLegend.h"

#include <QKeyEvent>
#include <QMenu>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <utility>

namespace volnux {

namespace {
constexpr int kMaxLabelledLanes = 40; // above this the lane axis shows numbers, not names

// Lanes are whole numbers: a tick at "12.5" would point between two tasks.
QSharedPointer<QCPAxisTicker> makeLaneNumberTicker()
{
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    ticker->setTickCount(6);
    return ticker;
}
} // namespace

RunTimeline::RunTimeline(QWidget *parent)
    : QCustomPlot(parent), m_bars(new AttemptBarsPlottable(xAxis, yAxis)),
      m_laneTicker(new QCPAxisTickerText), m_numberTicker(makeLaneNumberTicker()),
      m_emptyHint(new QCPItemText(this)), m_lateReplot(new QTimer(this))
{
    m_lateReplot->setSingleShot(true);
    connect(m_lateReplot, &QTimer::timeout, this, [this] {
        m_sinceReplot.start();
        replot(rpQueuedReplot);
    });
    // Before the first run an empty plot with meaningless ticks looks broken: say what will be
    // here.
    m_emptyHint->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_emptyHint->position->setCoords(0.5, 0.45);
    m_emptyHint->setText(tr("No run yet. Press Run (F5): every attempt of every task appears "
                            "here as a bar,\nevery backoff as a gap before the next attempt."));
    m_emptyHint->setTextAlignment(Qt::AlignCenter);
    m_emptyHint->setColor(palette().color(QPalette::PlaceholderText));
    m_emptyHint->setClipToAxisRect(true);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    axisRect()->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    setNoAntialiasingOnDrag(true);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Run timeline"));
    setAccessibleDescription(tr("Every attempt of every task as a bar over time, grouped by "
                                "event. Arrow keys select a task, Enter shows its attempts, "
                                "Space collapses or expands its event, + and - zoom."));
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &RunTimeline::showContextMenu);
    xAxis->setLabel(tr("seconds since run start"));
    yAxis->setRangeReversed(true);
    yAxis->grid()->setVisible(false);
    yAxis->setTicker(m_numberTicker);
    xAxis->setRange(0, 1);
    yAxis->setRange(-0.5, 0.5);
    PlotTheme::apply(this, palette());
    TimelineLegend::install(this);

    connect(this, &QCustomPlot::mousePress, this, &RunTimeline::onMousePress);
    connect(this, &QCustomPlot::mouseRelease, this, &RunTimeline::onMouseRelease);
    connect(this, &QCustomPlot::mouseMove, this, &RunTimeline::onMouseMove);
    connect(this, &QCustomPlot::mouseWheel, this, [this] { m_follow = false; });
    // A double click is one click more: its second release does nothing (a header would
    // otherwise collapse and open again at once).
    connect(this, &QCustomPlot::mouseDoubleClick, this, [this] { m_releaseIgnored = true; });
    connect(yAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this] { updateLaneTicks(); });
}

void RunTimeline::setState(const RunState *state)
{
    m_bars->setState(state);
    m_selectedRow = -1;
    m_bars->setSelectedRow(-1);
    fitAll();
}

void RunTimeline::setLanes(TimelineLanes lanes)
{
    if (lanes == m_bars->lanes())
        return;
    m_bars->setLanes(lanes);
    fitAll();
}

void RunTimeline::setFilter(const TaskFilter &filter)
{
    if (filter == m_bars->laneMap().filter())
        return;
    m_bars->laneMap().setFilter(filter);
    m_bars->syncLanes();
    afterRegrouping();
}

void RunTimeline::setGroupCollapsed(int event, bool collapsed)
{
    const RunState *state = m_bars->state();
    if (!state || event < 0 || event >= int(state->events().size()))
        return;
    m_bars->laneMap().setCollapsed(state->events()[size_t(event)].name, collapsed);
    afterRegrouping();
}

bool RunTimeline::isGroupCollapsed(int event) const
{
    const RunState *state = m_bars->state();
    return state && event >= 0 && event < int(state->events().size()) &&
           m_bars->laneMap().isCollapsed(state->events()[size_t(event)].name);
}

void RunTimeline::toggleGroup(int event)
{
    setGroupCollapsed(event, !isGroupCollapsed(event));
}

void RunTimeline::setAllGroupsCollapsed(bool collapsed)
{
    if (const RunState *state = m_bars->state()) {
        m_bars->laneMap().setAllCollapsed(*state, collapsed);
        afterRegrouping();
    }
}

// The lanes were regrouped: a followed view shows them all, any other keeps its place.
void RunTimeline::afterRegrouping()
{
    showChanges();
    emit lanesChanged();
}

void RunTimeline::showChanges()
{
    updateView();
    replot(rpQueuedReplot);
}

// A followed view fits what is there now; any other keeps its place.
void RunTimeline::updateView()
{
    if (m_follow)
        fitRanges();
    else
        updateEmptyHint();
    updateLaneTicks();
}

void RunTimeline::showContextMenu(const QPoint &pos)
{
    if (m_bars->lanes() != TimelineLanes::PerTask || m_bars->laneCount() == 0)
        return;
    QMenu menu(this);
    menu.addAction(tr("Collapse all events"), this, [this] { setAllGroupsCollapsed(true); });
    menu.addAction(tr("Expand all events"), this, [this] { setAllGroupsCollapsed(false); });
    menu.exec(mapToGlobal(pos));
}

void RunTimeline::setSelectedRow(int row)
{
    m_selectedRow = row;
    m_bars->setSelectedRow(row);
    const RunState *state = m_bars->state();
    // A task chosen in the table is shown, even in a collapsed group.
    if (state && row >= 0 && row < int(state->tasks().size()) &&
        m_bars->lanes() == TimelineLanes::PerTask && m_bars->laneOf(row) < 0) {
        const int event = state->tasks()[size_t(row)].event;
        if (isGroupCollapsed(event))
            setGroupCollapsed(event, false);
    }
    const int lane = m_bars->laneOf(row);
    if (lane >= 0 && (lane < yAxis->range().lower || lane > yAxis->range().upper)) {
        m_follow = false;
        const double span = std::min(yAxis->range().size(), double(kMaxLabelledLanes));
        yAxis->setRange(lane - span / 2, lane + span / 2);
    }
    replot(rpQueuedReplot);
}

void RunTimeline::setNow(double ms)
{
    m_bars->setNow(ms);
}

void RunTimeline::refresh()
{
    m_bars->syncLanes();
    updateView();
    replotWithinShare();
}

// The monitor refreshes on every tick (30 a second). A timeline of a million tasks that takes
// 10 ms to draw is then redrawn ten times a second, so the run and the table keep the rest of the
// GUI thread; a small one still on every tick. A redraw put off is made by a timer: the last
// picture is never stale.
void RunTimeline::replotWithinShare()
{
    constexpr double kShare = 10; // a redraw every this many times its own duration, at most
    const auto gap = qint64(kShare * replotTime(true));
    const qint64 since = m_sinceReplot.isValid() ? m_sinceReplot.elapsed() : gap;
    if (since < gap) {
        if (!m_lateReplot->isActive())
            m_lateReplot->start(int(gap - since));
        return;
    }
    m_lateReplot->stop();
    m_sinceReplot.start();
    replot(rpQueuedReplot);
}

void RunTimeline::fitAll()
{
    m_bars->syncLanes();
    m_follow = true;
    fitRanges();
    updateLaneTicks();
    replot(rpQueuedReplot);
}

void RunTimeline::fitRanges()
{
    bool found = false;
    const QCPRange keys = m_bars->getKeyRange(found);
    xAxis->setRange(0, found ? std::max(keys.upper * 1.02, 0.001) : 10.0);
    yAxis->setRange(-0.5, std::max(m_bars->laneCount(), 1) - 0.5);
    updateEmptyHint();
}

void RunTimeline::updateEmptyHint()
{
    const bool empty = m_bars->laneCount() == 0;
    m_emptyHint->setVisible(empty);
    yAxis->setTicks(!empty);
    yAxis->setTickLabels(!empty);
}

// Names for a few lanes; for many, the names of the groups in view where they do not overlap
// (per-task lanes) or numbers (per-worker lanes). A text ticker holds only the lanes in view.
void RunTimeline::updateLaneTicks()
{
    const QCPRange range = yAxis->range();
    const int first = std::max(0, int(std::ceil(range.lower)));
    const int last = std::min(m_bars->laneCount() - 1, int(std::floor(range.upper)));
    const bool perTask = m_bars->lanes() == TimelineLanes::PerTask;
    const bool everyLane = last >= first && labelTasks(first, last);
    if (last < first || (!perTask && !everyLane)) {
        if (yAxis->ticker() != m_numberTicker)
            yAxis->setTicker(m_numberTicker);
        return;
    }
    m_laneTicker->clear();
    if (everyLane) {
        for (int lane = first; lane <= last; ++lane)
            m_laneTicker->addTick(lane, m_bars->laneLabel(lane));
    } else {
        addGroupLabels(first, last);
    }
    if (yAxis->ticker() != m_laneTicker)
        yAxis->setTicker(m_laneTicker);
}

// Whether every lane in view gets its name: few enough, each at least a text line high.
bool RunTimeline::labelTasks(int first, int last) const
{
    const int lineHeight = QFontMetrics(yAxis->tickLabelFont()).height();
    return last - first + 1 <= kMaxLabelledLanes &&
           (last - first + 1) * lineHeight <= axisRect()->height();
}

// The group headers in view, each named unless it would overlap the one above; when the view
// starts inside a group, that group's name at the top.
void RunTimeline::addGroupLabels(int first, int last)
{
    const TaskLaneMap &map = m_bars->laneMap();
    const double lineHeight = QFontMetrics(yAxis->tickLabelFont()).height();
    double lastY = -1e9;
    const auto label = [&](int at, int header) {
        const double y = yAxis->coordToPixel(at);
        if (y - lastY < lineHeight)
            return;
        m_laneTicker->addTick(at, m_bars->laneLabel(header));
        lastY = y;
    };
    const TaskLaneMap::Lane top = map.at(first);
    if (!top.isHeader())
        label(first, map.headerOf(top.event));
    for (int event = top.event; event < int(m_bars->state()->events().size()); ++event) {
        const int header = map.headerOf(event);
        if (header > last)
            break;
        if (header >= first)
            label(header, header);
    }
}

void RunTimeline::onMousePress(QMouseEvent *event)
{
    m_pressPos = event->pos();
}

void RunTimeline::onMouseRelease(QMouseEvent *event)
{
    if (std::exchange(m_releaseIgnored, false))
        return;
    if ((event->pos() - m_pressPos).manhattanLength() > 3) {
        m_follow = false; // the user dragged the view
        return;
    }
    const int lane = m_bars->laneAt(event->pos().y());
    if (const int group = m_bars->headerEvent(lane); group >= 0) {
        toggleGroup(group);
        return;
    }
    const TimelineHit hit = m_bars->hitAt(event->pos());
    if (!hit.valid())
        return;
    setSelectedRow(hit.row);
    emit taskClicked(hit.row);
}

void RunTimeline::onMouseMove(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton)
        return;
    const int group = m_bars->headerEvent(m_bars->laneAt(event->pos().y()));
    const QString text =
        group >= 0 ? m_bars->describeHeader(group) : m_bars->describe(m_bars->hitAt(event->pos()));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void RunTimeline::changeEvent(QEvent *event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        PlotTheme::apply(this, palette());
        legend->setBorderPen(Qt::NoPen);
        yAxis->grid()->setVisible(false);
        m_emptyHint->setColor(palette().color(QPalette::PlaceholderText));
    }
}

void RunTimeline::setTitle(const QString &text)
{
    if (!m_title) {
        plotLayout()->insertRow(0);
        m_title = new QCPTextElement(this, text);
        m_title->setObjectName(QStringLiteral("title"));
        m_title->setTextColor(palette().color(QPalette::WindowText));
        plotLayout()->addElement(0, 0, m_title);
    }
    m_title->setText(text);
}

void RunTimeline::resizeEvent(QResizeEvent *event)
{
    TimelineLegend::fit(this); // the widget has its new width; the layout is redone below
    QCustomPlot::resizeEvent(event);
}

void RunTimeline::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        moveSelection(-1);
        break;
    case Qt::Key_Down:
    case Qt::Key_Right:
        moveSelection(1);
        break;
    case Qt::Key_Space:
        if (const RunState *state = m_bars->state();
            state && m_selectedRow >= 0 && m_selectedRow < int(state->tasks().size()))
            toggleGroup(state->tasks()[size_t(m_selectedRow)].event);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selectedRow >= 0)
            emit taskClicked(m_selectedRow);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: // + without Shift on many layouts
        zoomTime(0.8);
        break;
    case Qt::Key_Minus:
        zoomTime(1.25);
        break;
    case Qt::Key_0:
        fitAll();
        break;
    default:
        QCustomPlot::keyPressEvent(event);
        return;
    }
    event->accept();
}

// To the next task lane up or down, past group headers; in per-worker lanes, to the next task.
void RunTimeline::moveSelection(int step)
{
    const RunState *state = m_bars->state();
    const int rows = state ? int(state->tasks().size()) : 0;
    if (rows == 0)
        return;
    if (m_bars->lanes() == TimelineLanes::PerWorker) {
        setSelectedRow(m_selectedRow < 0 ? (step > 0 ? 0 : rows - 1)
                                         : std::clamp(m_selectedRow + step, 0, rows - 1));
        return;
    }
    const TaskLaneMap &map = m_bars->laneMap();
    const int lanes = map.count();
    const int current = m_bars->laneOf(m_selectedRow);
    int lane = current < 0 ? (step > 0 ? -1 : lanes) : current;
    for (lane += step; lane >= 0 && lane < lanes; lane += step) {
        if (const int row = map.at(lane).row; row >= 0) {
            setSelectedRow(row);
            return;
        }
    }
}

void RunTimeline::zoomTime(double factor)
{
    m_follow = false;
    xAxis->scaleRange(factor, xAxis->range().center());
    replot(rpQueuedReplot);
}

} // namespace volnux
