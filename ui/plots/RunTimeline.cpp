// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plots/RunTimeline.h"

#include "core/observe/RunState.h"
#include "ui/plots/PlotTheme.h"
#include "ui/plots/TimelineLegend.h"

#include <QKeyEvent>
#include <QToolTip>

#include <algorithm>

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
      m_emptyHint(new QCPItemText(this))
{
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
    setAccessibleDescription(tr("Every attempt of every task as a bar over time. Arrow keys "
                                "select a task, Enter shows its attempts, + and - zoom."));
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

void RunTimeline::setSelectedRow(int row)
{
    m_selectedRow = row;
    m_bars->setSelectedRow(row);
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
    if (m_follow)
        fitRanges();
    else
        updateEmptyHint();
    updateLaneTicks();
    replot(rpQueuedReplot);
}

void RunTimeline::fitAll()
{
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

// Names for a few lanes, numbers for many: a text ticker holds only the lanes in view.
void RunTimeline::updateLaneTicks()
{
    const QCPRange range = yAxis->range();
    const int first = std::max(0, int(std::ceil(range.lower)));
    const int last = std::min(m_bars->laneCount() - 1, int(std::floor(range.upper)));
    // Names only when each lane is at least a text line high; overlapping names help no one.
    const int lineHeight = QFontMetrics(yAxis->tickLabelFont()).height();
    const bool roomy = (last - first + 1) * lineHeight <= axisRect()->height();
    if (last - first + 1 > kMaxLabelledLanes || last < first || !roomy) {
        if (yAxis->ticker() != m_numberTicker)
            yAxis->setTicker(m_numberTicker);
        return;
    }
    m_laneTicker->clear();
    for (int lane = first; lane <= last; ++lane)
        m_laneTicker->addTick(lane, m_bars->laneLabel(lane));
    if (yAxis->ticker() != m_laneTicker)
        yAxis->setTicker(m_laneTicker);
}

void RunTimeline::onMousePress(QMouseEvent *event)
{
    m_pressPos = event->pos();
}

void RunTimeline::onMouseRelease(QMouseEvent *event)
{
    if ((event->pos() - m_pressPos).manhattanLength() > 3) {
        m_follow = false; // the user dragged the view
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
    const QString text = m_bars->describe(m_bars->hitAt(event->pos()));
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

void RunTimeline::moveSelection(int step)
{
    const RunState *state = m_bars->state();
    const int rows = state ? int(state->tasks().size()) : 0;
    if (rows == 0)
        return;
    setSelectedRow(m_selectedRow < 0 ? (step > 0 ? 0 : rows - 1)
                                     : std::clamp(m_selectedRow + step, 0, rows - 1));
}

void RunTimeline::zoomTime(double factor)
{
    m_follow = false;
    xAxis->scaleRange(factor, xAxis->range().center());
    replot(rpQueuedReplot);
}

} // namespace volnux
