// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plots/AttemptBarsPlottable.h"

#include "core/UserText.h"
#include "ui/monitor/AttemptText.h"
#include "ui/monitor/StatusStyle.h"
#include "ui/plots/TimelineSlots.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace volnux {

namespace {

constexpr double kBarHalfHeight = 0.36;     // in lanes
constexpr int kSampledLanesPerRow = 64;     // a dense timeline's lanes read per pixel row, at most
constexpr int kSampledBarsPerColumn = 16;   // a crowded worker lane's attempts read per column
constexpr int kSampledTasksPerHeader = 512; // a group header's tasks read for its mix, at most

} // namespace

// Collects the rectangles of one repaint per slot. A bar narrower than a pixel is merged into the
// previous rectangle of its slot on the same pixel rows when they touch: at 100,000 tasks most
// bars are such slivers, and a pixel row then costs a handful of rectangles instead of hundreds.
class AttemptBarsPlottable::Painter
{
public:
    void add(int slot, QRectF rect)
    {
        const bool tiny = rect.width() < 1.0;
        if (tiny)
            rect.setWidth(1.0);
        QRectF &current = m_current[size_t(slot)];
        if (current.isValid() && current.top() == rect.top() && current.height() == rect.height() &&
            rect.left() <= current.right() + 1.0 && (tiny || current.width() < 2.0)) {
            current.setRight(std::max(current.right(), rect.right()));
            return;
        }
        flush(slot);
        current = rect;
    }
    void addMarker(QPointF point) { m_markers.push_back(point); }
    // Where a retry was due (x) against where it started: a tick at the due time, joined to the
    // start when it was late; a start before it was due (Retry now) gets its own mark.
    void addDueMark(double due, double start, double y, double half, bool early)
    {
        m_dueMarks.push_back({due, start, y, half, early});
    }

    void paint(QCPPainter *painter)
    {
        for (int slot = 0; slot < SlotCount; ++slot)
            flush(slot);
        for (int slot = 0; slot < SlotCount; ++slot) {
            const auto &rects = m_rects[size_t(slot)];
            if (!rects.empty())
                paintSlot(painter, slot, rects.data(), int(rects.size()));
        }
        paintMarkers(painter);
        paintDueMarks(painter);
    }

private:
    struct DueMark
    {
        double due, start, y, half;
        bool early;
    };
    void flush(int slot)
    {
        QRectF &current = m_current[size_t(slot)];
        if (current.isValid())
            m_rects[size_t(slot)].push_back(current);
        current = QRectF();
    }
    void paintMarkers(QCPPainter *painter)
    {
        const QColor color = StatusStyle::color(TaskStatus::WaitingToRetry);
        painter->setPen(QPen(color.darker(140), 1));
        painter->setBrush(color);
        for (const QPointF &p : m_markers) {
            const QPointF diamond[4] = {
                {p.x(), p.y() - 5}, {p.x() + 4, p.y()}, {p.x(), p.y() + 5}, {p.x() - 4, p.y()}};
            painter->drawPolygon(diamond, 4);
        }
    }
    void paintDueMarks(QCPPainter *painter)
    {
        const QColor due = StatusStyle::backoffColor().darker(150);
        const QColor retryNow = StatusStyle::retryNowColor();
        for (const DueMark &m : m_dueMarks) {
            painter->setPen(QPen(due, 1.5));
            painter->drawLine(QLineF(m.due, m.y - m.half, m.due, m.y + m.half));
            if (!m.early) {
                painter->setPen(QPen(due, 1, Qt::DotLine));
                painter->drawLine(QLineF(m.due, m.y, m.start, m.y));
                continue;
            }
            // A triangle pointing down onto the start: distinct from the bars and the ticks.
            painter->setPen(QPen(retryNow.darker(140), 1));
            painter->setBrush(retryNow);
            const QPointF tip(m.start, m.y - m.half);
            const QPointF triangle[3] = {tip, tip + QPointF(-5, -7), tip + QPointF(5, -7)};
            painter->drawPolygon(triangle, 3);
        }
    }

    std::array<std::vector<QRectF>, SlotCount> m_rects;
    std::array<QRectF, SlotCount> m_current;
    std::vector<QPointF> m_markers;
    std::vector<DueMark> m_dueMarks;
};

AttemptBarsPlottable::AttemptBarsPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis)
{
    setSelectable(QCP::stNone);
    setAntialiasedFill(false);
}

void AttemptBarsPlottable::setState(const RunState *state)
{
    m_state = state;
    m_map.reset();
    syncLanes();
}

void AttemptBarsPlottable::syncLanes()
{
    if (m_state)
        m_map.update(*m_state);
}

int AttemptBarsPlottable::laneCount() const
{
    if (!m_state)
        return 0;
    return m_lanes == TimelineLanes::PerTask ? m_map.count() : int(m_state->workers().size());
}

int AttemptBarsPlottable::laneOf(int row) const
{
    if (!m_state || row < 0 || row >= int(m_state->tasks().size()))
        return -1;
    return m_lanes == TimelineLanes::PerTask ? m_map.laneOfRow(row)
                                             : m_state->tasks()[size_t(row)].worker;
}

int AttemptBarsPlottable::headerEvent(int lane) const
{
    if (m_lanes != TimelineLanes::PerTask)
        return -1;
    const TaskLaneMap::Lane at = m_map.at(lane);
    return at.isHeader() ? at.event : -1;
}

int AttemptBarsPlottable::laneAt(double pixelY) const
{
    if (!mValueAxis)
        return -1;
    const int lane = int(std::lround(mValueAxis->pixelToCoord(pixelY)));
    return lane >= 0 && lane < laneCount() ? lane : -1;
}

QString AttemptBarsPlottable::laneLabel(int lane) const
{
    if (lane < 0 || lane >= laneCount())
        return {};
    if (m_lanes == TimelineLanes::PerWorker) {
        const int event = m_state->workerEvents()[size_t(lane)];
        const QString &worker = m_state->workers().at(lane);
        return event < 0
                   ? worker
                   : QStringLiteral("%1 · %2").arg(m_state->events()[size_t(event)].name, worker);
    }
    const TaskLaneMap::Lane at = m_map.at(lane);
    if (!at.isHeader())
        return TaskFilter::taskLabel(m_state->tasks()[size_t(at.row)]);
    const QString &name = m_state->events()[size_t(at.event)].name;
    const int tasks = int(m_map.rowsOf(at.event).size());
    const bool collapsed = m_map.isCollapsed(name);
    // ▾ open or ▸ collapsed, the event, and how many of its tasks are in view (the tooltip says so)
    return QStringLiteral("%1 %2 (%3)")
        .arg(collapsed ? QStringLiteral("▸") : QStringLiteral("▾"), name)
        .arg(tasks);
}

double AttemptBarsPlottable::attemptEnd(const AttemptState &attempt) const
{
    return attempt.finished ? attempt.end : std::max(m_now, attempt.start);
}

// The scheduled backoff after an attempt, cut short where the next attempt started early
// ("retry now") or the task ended while waiting (cancelled).
double AttemptBarsPlottable::backoffEnd(const TaskState &task, size_t attempt) const
{
    const AttemptState &a = task.attempts[attempt];
    double end = a.end + a.nextDelay;
    if (attempt + 1 < task.attempts.size())
        end = std::min(end, task.attempts[attempt + 1].start);
    else if (task.finishedAt >= 0)
        end = std::min(end, task.finishedAt);
    return end;
}

// A worker lane's attempts that start before t1, from the one running across t0 on (they are in
// order of start).
std::pair<AttemptBarsPlottable::WorkerRefs, AttemptBarsPlottable::WorkerRefs>
AttemptBarsPlottable::workerRange(int lane, double t0, double t1) const
{
    const auto &tasks = m_state->tasks();
    const auto &refs = m_state->workerAttempts()[size_t(lane)];
    const auto startOf = [&tasks](const WorkerAttempt &ref) {
        return tasks[size_t(ref.task)].attempts[size_t(ref.attempt)].start;
    };
    auto from =
        std::lower_bound(refs.begin(), refs.end(), t0,
                         [&](const WorkerAttempt &ref, double t) { return startOf(ref) < t; });
    if (from != refs.begin())
        --from; // the attempt running across t0
    const auto to = std::upper_bound(
        from, refs.end(), t1, [&](double t, const WorkerAttempt &ref) { return t < startOf(ref); });
    return {from, to};
}

// Calls `sink(slot, lane, startMs, endMs)` for every attempt and backoff of `task` that shows
// between t0 and t1 (milliseconds).
template <typename Sink>
void AttemptBarsPlottable::forEachTaskBar(const TaskState &task, int lane, double t0, double t1,
                                          Sink &&sink) const
{
    for (size_t i = 0; i < task.attempts.size(); ++i) {
        const AttemptState &a = task.attempts[i];
        const double end = attemptEnd(a);
        if (end >= t0 && a.start <= t1)
            sink(int(slotOf(a)), lane, a.start, end);
        if (a.finished && a.nextDelay > 0) {
            const double gapEnd = backoffEnd(task, i);
            if (gapEnd >= t0 && a.end <= t1 && gapEnd > a.end)
                sink(int(BackoffSlot), lane, a.end, gapEnd);
        }
    }
}

// Calls `sink(slot, lane, startMs, endMs)` for every attempt and backoff in lanes first..last
// (one of every `step` of them) that shows between t0 and t1 (milliseconds); with `headers`, a
// group header's lane gets those of an even sample of its tasks.
template <typename Sink>
void AttemptBarsPlottable::forEachBar(int first, int last, double t0, double t1, Sink &&sink,
                                      int step, bool headers) const
{
    const auto &tasks = m_state->tasks();
    for (int base = first; base <= last; base += step) {
        // One lane from each run of `step`, at a scrambled place: a fixed stride would alias with
        // a run's own period (every tenth task failing, say) and show all of it or none.
        const int lane =
            step == 1
                ? base
                : std::min(last, base + int((quint32(base) * 2654435761u >> 8) % quint32(step)));
        if (m_lanes == TimelineLanes::PerTask) {
            const TaskLaneMap::Lane at = m_map.at(lane);
            if (!at.isHeader()) {
                forEachTaskBar(tasks[size_t(at.row)], lane, t0, t1, sink);
            } else if (headers) {
                const std::vector<int> &rows = m_map.rowsOf(at.event);
                const size_t every =
                    std::max<size_t>(1, rows.size() / size_t(kSampledTasksPerHeader));
                for (size_t i = 0; i < rows.size(); i += every)
                    forEachTaskBar(tasks[size_t(rows[i])], lane, t0, t1, sink);
            }
            continue;
        }
        const auto [from, to] = workerRange(lane, t0, t1);
        for (auto it = from; it != to; ++it) {
            const AttemptState &a = tasks[size_t(it->task)].attempts[size_t(it->attempt)];
            if (const double end = attemptEnd(a); end >= t0)
                sink(int(slotOf(a)), lane, a.start, end);
        }
    }
}

void AttemptBarsPlottable::draw(QCPPainter *painter)
{
    const int lanes = laneCount();
    if (lanes == 0 || !mKeyAxis || !mValueAxis)
        return;
    QCPAxis *key = mKeyAxis.data();
    QCPAxis *value = mValueAxis.data();
    const int first = std::max(0, int(std::ceil(value->range().lower - 0.5)));
    const int last = std::min(lanes - 1, int(std::floor(value->range().upper + 0.5)));
    const double t0 = key->range().lower * 1000.0;
    const double t1 = key->range().upper * 1000.0;
    const double laneHeight = std::abs(value->coordToPixel(1) - value->coordToPixel(0));
    if (laneHeight < 3.0)
        drawMix(painter, first, last, t0, t1);
    else if (m_lanes == TimelineLanes::PerWorker && workerLanesAreCrowded(first, last, t0, t1))
        drawWorkerMix(painter, first, last, t0, t1, laneHeight);
    else
        drawBars(painter, first, last, t0, t1, laneHeight);

    if (m_state->runStatus() == RunStatus::Running && m_now >= t0 && m_now <= t1) {
        const double x = key->coordToPixel(m_now / 1000.0);
        painter->setPen(QPen(StatusStyle::runningColor(), 1.5, Qt::DashLine));
        const QRect clip = clipRect();
        painter->drawLine(QLineF(x, clip.top(), x, clip.bottom()));
    }
}

std::array<QColor, TimelineMix::kSlots> AttemptBarsPlottable::mixColours() const
{
    std::array<QColor, TimelineMix::kSlots> colours;
    for (int slot = 0; slot < SlotCount; ++slot)
        colours[size_t(slot)] = slotColor(slot);
    // Waiting is drawn light, as the hatched wash of the gaps and the legend's swatch: in full
    // colour it would read as the orange of a returned failure.
    const QColor backoff = slotColor(BackoffSlot);
    const QColor base = parentPlot()->palette().color(QPalette::Base);
    colours[BackoffSlot] =
        QColor((backoff.red() + 2 * base.red()) / 3, (backoff.green() + 2 * base.green()) / 3,
               (backoff.blue() + 2 * base.blue()) / 3);
    return colours;
}

// Lanes thinner than 3 pixels: one picture of pixel cells, each the mix of what lies under it.
void AttemptBarsPlottable::drawMix(QCPPainter *painter, int first, int last, double t0, double t1)
{
    QCPAxis *key = mKeyAxis.data();
    QCPAxis *value = mValueAxis.data();
    const QRect area = clipRect();
    m_mix.reset(area.size());
    // Both axes are linear: pixel = origin + coordinate * scale, without a call per bar.
    const double x0 = key->coordToPixel(0) - area.left();
    const double xScale = (key->coordToPixel(1) - key->coordToPixel(0)) / 1000.0; // per ms
    const double y0 = value->coordToPixel(0) - area.top();
    const double yScale = value->coordToPixel(1) - value->coordToPixel(0);
    // Where thousands of task lanes share a pixel row, an evenly spread sample of them gives the
    // row's mix: a redraw then costs the same at a million tasks as at a hundred thousand, and
    // stays far below a frame of the event loop. Worker lanes are few, and all are drawn.
    const double lanesPerRow = 1.0 / std::max(std::abs(yScale), 1e-9);
    const int step =
        m_lanes == TimelineLanes::PerTask ? std::max(1, int(lanesPerRow / kSampledLanesPerRow)) : 1;
    forEachBar(
        first, last, t0, t1,
        [&](int slot, int lane, double from, double to) {
            m_mix.add(slot, int(std::floor(y0 + lane * yScale)), x0 + from * xScale,
                      x0 + to * xScale);
        },
        step, true);
    painter->drawImage(area.topLeft(), m_mix.image(mixColours()));
}

// Worker lanes holding more attempts than the plot has pixel columns (a few workers, a million
// tasks): each lane is a band of pixel columns, each the mix of the attempts under it, from an
// even sample of at most kSampledBarsPerColumn attempts a column.
void AttemptBarsPlottable::drawWorkerMix(QCPPainter *painter, int first, int last, double t0,
                                         double t1, double laneHeight)
{
    QCPAxis *key = mKeyAxis.data();
    const QRect area = clipRect();
    m_mix.reset(QSize(area.width(), last - first + 1));
    const double x0 = key->coordToPixel(0) - area.left();
    const double xScale = (key->coordToPixel(1) - key->coordToPixel(0)) / 1000.0; // per ms
    const auto &tasks = m_state->tasks();
    for (int lane = first; lane <= last; ++lane) {
        const auto [from, to] = workerRange(lane, t0, t1);
        const auto step = std::max<std::ptrdiff_t>(
            1, (to - from) / (std::ptrdiff_t(area.width()) * kSampledBarsPerColumn));
        for (auto it = from; it < to; it += std::min(step, to - it)) {
            const AttemptState &a = tasks[size_t(it->task)].attempts[size_t(it->attempt)];
            m_mix.add(slotOf(a), lane - first, x0 + a.start * xScale, x0 + attemptEnd(a) * xScale);
        }
    }
    std::vector<int> lanes(size_t(last - first + 1));
    std::iota(lanes.begin(), lanes.end(), first);
    paintBands(painter, lanes, laneHeight);
}

void AttemptBarsPlottable::paintBands(QCPPainter *painter, const std::vector<int> &lanes,
                                      double laneHeight)
{
    const QRect area = clipRect();
    const QImage picture = m_mix.image(mixColours());
    const double half = laneHeight * kBarHalfHeight;
    for (size_t i = 0; i < lanes.size(); ++i) {
        const double yc = mValueAxis->coordToPixel(lanes[i]);
        painter->drawImage(QRectF(area.left(), yc - half, area.width(), 2 * half), picture,
                           QRectF(0, double(i), area.width(), 1));
    }
}

// Group headers in lanes of 3 pixels and more: a shaded lane, and in it a band of the mix of the
// group's tasks (an even sample of them), as a dense timeline draws them.
void AttemptBarsPlottable::drawHeaders(QCPPainter *painter, int first, int last, double t0,
                                       double t1, double laneHeight)
{
    std::vector<int> headers;
    for (int lane = first; lane <= last; ++lane)
        if (headerEvent(lane) >= 0)
            headers.push_back(lane);
    if (headers.empty())
        return;
    const QRect area = clipRect();
    QColor shade = parentPlot()->palette().color(QPalette::WindowText);
    shade.setAlpha(18);
    painter->setPen(Qt::NoPen);
    painter->setBrush(shade);
    for (int lane : headers)
        painter->drawRect(QRectF(area.left(), mValueAxis->coordToPixel(lane) - laneHeight / 2,
                                 area.width(), laneHeight));
    m_mix.reset(QSize(area.width(), int(headers.size())));
    const double x0 = mKeyAxis->coordToPixel(0) - area.left();
    const double xScale = (mKeyAxis->coordToPixel(1) - mKeyAxis->coordToPixel(0)) / 1000.0;
    for (size_t i = 0; i < headers.size(); ++i)
        forEachBar(
            headers[i], headers[i], t0, t1,
            [&](int slot, int, double from, double to) {
                m_mix.add(slot, int(i), x0 + from * xScale, x0 + to * xScale);
            },
            1, true);
    paintBands(painter, headers, laneHeight);
}

// More attempts in view than pixel columns, in worker lanes.
bool AttemptBarsPlottable::workerLanesAreCrowded(int first, int last, double t0, double t1) const
{
    std::ptrdiff_t bars = 0;
    for (int lane = first; lane <= last; ++lane) {
        const auto [from, to] = workerRange(lane, t0, t1);
        bars += to - from;
    }
    return bars > std::ptrdiff_t(clipRect().width()) * (last - first + 1);
}

// Lanes of 3 pixels and more: every bar drawn, outcomes patterned, retry marks and the selection.
void AttemptBarsPlottable::drawBars(QCPPainter *painter, int first, int last, double t0, double t1,
                                    double laneHeight)
{
    QCPAxis *key = mKeyAxis.data();
    QCPAxis *value = mValueAxis.data();
    const double half = laneHeight * kBarHalfHeight;
    auto x = [key](double ms) { return key->coordToPixel(ms / 1000.0); };

    if (m_selectedRow >= 0) {
        const int lane = laneOf(m_selectedRow);
        if (lane >= first && lane <= last) {
            const double yc = value->coordToPixel(lane);
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0x1e, 0x88, 0xe5, 40));
            painter->drawRect(
                QRectF(clipRect().left(), yc - laneHeight / 2, clipRect().width(), laneHeight));
        }
    }

    drawHeaders(painter, first, last, t0, t1, laneHeight);
    Painter bars;
    forEachBar(first, last, t0, t1, [&](int slot, int lane, double from, double to) {
        const double top = value->coordToPixel(lane) - half;
        const double height = 2 * half;
        if (slot == BackoffSlot)
            bars.add(slot, QRectF(x(from), top + height * 0.2, x(to) - x(from), height * 0.6));
        else
            bars.add(slot, QRectF(x(from), top, x(to) - x(from), height));
    });
    if (m_lanes == TimelineLanes::PerTask) {
        for (int lane = first; lane <= last; ++lane) {
            const TaskLaneMap::Lane at = m_map.at(lane);
            if (at.isHeader())
                continue;
            const TaskState &task = m_state->tasks()[size_t(at.row)];
            const double yc = value->coordToPixel(lane);
            if (task.status == TaskStatus::WaitingToRetry && task.due >= t0 && task.due <= t1)
                bars.addMarker({x(task.due), yc});
            addDueMarks(bars, task, t0, t1, yc, half);
        }
    }
    bars.paint(painter);
}

void AttemptBarsPlottable::addDueMarks(Painter &bars, const TaskState &task, double t0, double t1,
                                       double yc, double half) const
{
    const auto x = [this](double ms) { return mKeyAxis->coordToPixel(ms / 1000.0); };
    for (size_t i = 1; i < task.attempts.size(); ++i) {
        const AttemptText::RetryStart retry = AttemptText::retryStart(task, i);
        if (retry.valid() && std::max(retry.due, retry.start) >= t0 &&
            std::min(retry.due, retry.start) <= t1)
            bars.addDueMark(x(retry.due), x(retry.start), yc, half, retry.early);
    }
}

void AttemptBarsPlottable::drawLegendIcon(QCPPainter *painter, const QRectF &rect) const
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(StatusStyle::color(AttemptOutcome::Success));
    painter->drawRect(rect);
}

TimelineHit AttemptBarsPlottable::hitAt(const QPointF &pixel, double tolerancePx) const
{
    TimelineHit hit;
    if (!mKeyAxis || !mValueAxis || laneCount() == 0)
        return hit;
    const int lane = int(std::lround(mValueAxis->pixelToCoord(pixel.y())));
    if (lane < 0 || lane >= laneCount())
        return hit;
    const double t = mKeyAxis->pixelToCoord(pixel.x()) * 1000.0;
    const double slack = std::abs(mKeyAxis->pixelToCoord(pixel.x() + tolerancePx) -
                                  mKeyAxis->pixelToCoord(pixel.x())) *
                         1000.0;
    const auto &tasks = m_state->tasks();
    auto within = [&](double from, double to) { return t >= from - slack && t <= to + slack; };
    if (m_lanes == TimelineLanes::PerTask) {
        const int row = m_map.at(lane).row;
        if (row < 0)
            return hit; // a group's header
        const TaskState &task = tasks[size_t(row)];
        for (size_t i = 0; i < task.attempts.size(); ++i) {
            const AttemptState &a = task.attempts[i];
            if (within(a.start, attemptEnd(a)))
                return {row, int(i), false};
            if (a.finished && a.nextDelay > 0 && within(a.end, backoffEnd(task, i)))
                return {row, int(i), true};
        }
        return hit;
    }
    for (const WorkerAttempt &ref : m_state->workerAttempts()[size_t(lane)]) {
        const AttemptState &a = tasks[size_t(ref.task)].attempts[size_t(ref.attempt)];
        if (within(a.start, attemptEnd(a)))
            return {ref.task, ref.attempt, false};
    }
    return hit;
}

QString AttemptBarsPlottable::describe(const TimelineHit &hit) const
{
    if (!hit.valid() || !m_state)
        return {};
    const TaskState &task = m_state->tasks()[size_t(hit.row)];
    const AttemptState &a = task.attempts[size_t(hit.attempt)];
    QString text =
        QStringLiteral("%1 #%2").arg(m_state->events()[size_t(task.event)].name).arg(task.task);
    if (!task.input.isEmpty())
        text += QStringLiteral("  (%1)").arg(UserText::terminalSafe(task.input));
    if (hit.backoff) {
        text += QLatin1Char('\n') + tr("Backoff after attempt %1: %2 scheduled")
                                        .arg(a.number)
                                        .arg(StatusStyle::duration(a.nextDelay));
        text += QLatin1Char('\n') +
                tr("next attempt due at %1").arg(StatusStyle::duration(a.end + a.nextDelay));
        return text;
    }
    text +=
        QLatin1Char('\n') + tr("Attempt %1 / %2: %3")
                                .arg(a.number)
                                .arg(task.maxAttempts)
                                .arg(a.finished ? StatusStyle::label(a.outcome) : tr("running"));
    text += QLatin1Char('\n') + tr("start %1, duration %2")
                                    .arg(StatusStyle::duration(a.start),
                                         StatusStyle::duration(attemptEnd(a) - a.start));
    if (!a.errorType.isEmpty() || (!a.message.isEmpty() && a.outcome != AttemptOutcome::Success))
        text += QLatin1Char('\n') +
                UserText::terminalSafe(a.errorType + QStringLiteral(": ") + a.message);
    if (const QString lag = AttemptText::startLagDetail(task, size_t(hit.attempt)); !lag.isEmpty())
        text += QLatin1Char('\n') + lag;
    if (a.nextDelay >= 0)
        text += QLatin1Char('\n') + tr("then backoff %1").arg(StatusStyle::duration(a.nextDelay));
    if (a.worker >= 0)
        text += QLatin1Char('\n') +
                tr("worker %1").arg(UserText::terminalSafe(m_state->workers().at(a.worker)));
    return text;
}

QString AttemptBarsPlottable::describeHeader(int event) const
{
    if (!m_state || event < 0 || event >= int(m_state->events().size()))
        return {};
    const EventState &e = m_state->events()[size_t(event)];
    int succeeded = e.count(TaskStatus::Succeeded), failed = e.count(TaskStatus::Failed);
    if (!m_map.filter().isEmpty()) {
        succeeded = failed = 0;
        for (int row : m_map.rowsOf(event)) {
            const TaskStatus status = m_state->tasks()[size_t(row)].status;
            succeeded += status == TaskStatus::Succeeded ? 1 : 0;
            failed += status == TaskStatus::Failed ? 1 : 0;
        }
    }
    const int tasks = int(m_map.rowsOf(event).size());
    QString text =
        e.name + QLatin1Char('\n') +
        tr("Tasks in view: %1; %2 succeeded, %3 failed").arg(tasks).arg(succeeded).arg(failed);
    text += QLatin1Char('\n') + (m_map.isCollapsed(e.name) ? tr("Click to show its tasks")
                                                           : tr("Click to collapse its tasks"));
    return text;
}

double AttemptBarsPlottable::selectTest(const QPointF &pos, bool onlySelectable,
                                        QVariant *details) const
{
    Q_UNUSED(pos);
    Q_UNUSED(onlySelectable);
    Q_UNUSED(details);
    return -1; // clicks are handled by RunTimeline so that dragging keeps working everywhere
}

QCPRange AttemptBarsPlottable::getKeyRange(bool &foundRange, QCP::SignDomain inSignDomain) const
{
    Q_UNUSED(inSignDomain);
    foundRange = m_state && !m_state->tasks().empty();
    const double end = m_state ? std::max(m_state->lastTime(), m_now) : 0;
    return QCPRange(0, std::max(end, 1.0) / 1000.0);
}

QCPRange AttemptBarsPlottable::getValueRange(bool &foundRange, QCP::SignDomain inSignDomain,
                                             const QCPRange &inKeyRange) const
{
    Q_UNUSED(inSignDomain);
    Q_UNUSED(inKeyRange);
    foundRange = laneCount() > 0;
    return QCPRange(-0.5, std::max(laneCount(), 1) - 0.5);
}

} // namespace volnux
