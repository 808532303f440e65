// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Draws every attempt of a RunState as a bar (coloured by outcome, growing while running), every
// backoff as a hatched gap of its scheduled length, the due time of a waiting task as a marker,
// and for each retry a tick where it was due against its actual start (a Retry now start marked
// apart), in lanes per task or per worker. It holds no copies: it paints straight from the state,
// only the visible lanes. Task lanes are grouped by event (TaskLaneMap): a group's header lane
// shows the mix of its tasks, from an even sample of them. Lanes thinner than 3 pixels are drawn as
// a TimelineMix: each pixel the mix of the states under it, so a mostly green run looks mostly
// green at a million tasks. GUI thread only.

#include "core/observe/RunState.h"

#include "ui/plots/QcpInclude.h"
#include "ui/plots/TaskLaneMap.h"
#include "ui/plots/TimelineMix.h"

namespace volnux {

enum class TimelineLanes
{
    PerTask,
    PerWorker
};

struct TimelineHit
{
    int row = -1;         // task row
    int attempt = -1;     // index into the task's attempts
    bool backoff = false; // the gap after `attempt`, not the attempt itself
    bool valid() const { return row >= 0; }
};

class AttemptBarsPlottable : public QCPAbstractPlottable
{
    Q_OBJECT
public:
    AttemptBarsPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis);

    void setState(const RunState *state);
    // Takes in the tasks the state has gained, and the filter's verdicts (per-task lanes).
    void syncLanes();
    TaskLaneMap &laneMap() { return m_map; }
    const TaskLaneMap &laneMap() const { return m_map; }
    const RunState *state() const { return m_state; }
    void setLanes(TimelineLanes lanes) { m_lanes = lanes; }
    TimelineLanes lanes() const { return m_lanes; }
    void setNow(double ms) { m_now = ms; }
    double now() const { return m_now; }
    void setSelectedRow(int row) { m_selectedRow = row; }
    int laneCount() const;
    int laneOf(int row) const; // lane of a task in per-task mode; its latest worker otherwise
    QString laneLabel(int lane) const;
    // The event whose group header `lane` is (per-task lanes), or -1.
    int headerEvent(int lane) const;
    int laneAt(double pixelY) const; // -1 outside the lanes

    TimelineHit hitAt(const QPointF &pixel, double tolerancePx = 3) const;
    QString describe(const TimelineHit &hit) const;
    QString describeHeader(int event) const;

    double selectTest(const QPointF &pos, bool onlySelectable,
                      QVariant *details = nullptr) const override;
    QCPRange getKeyRange(bool &foundRange,
                         QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange &inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    class Painter;
    double attemptEnd(const AttemptState &attempt) const;
    double backoffEnd(const TaskState &task, size_t attempt) const;
    void addDueMarks(Painter &bars, const TaskState &task, double t0, double t1, double yc,
                     double half) const;
    template <typename Sink>
    void forEachBar(int first, int last, double t0, double t1, Sink &&sink, int step = 1,
                    bool headers = false) const;
    template <typename Sink>
    void forEachTaskBar(const TaskState &task, int lane, double t0, double t1, Sink &&sink) const;
    using WorkerRefs = std::vector<WorkerAttempt>::const_iterator;
    std::pair<WorkerRefs, WorkerRefs> workerRange(int lane, double t0, double t1) const;
    std::array<QColor, TimelineMix::kSlots> mixColours() const;
    void drawMix(QCPPainter *painter, int first, int last, double t0, double t1);
    bool workerLanesAreCrowded(int first, int last, double t0, double t1) const;
    void drawWorkerMix(QCPPainter *painter, int first, int last, double t0, double t1,
                       double laneHeight);
    void drawBars(QCPPainter *painter, int first, int last, double t0, double t1,
                  double laneHeight);
    void drawHeaders(QCPPainter *painter, int first, int last, double t0, double t1,
                     double laneHeight);
    // Paints row i of the mix as a bar-high band in lane lanes[i].
    void paintBands(QCPPainter *painter, const std::vector<int> &lanes, double laneHeight);

    const RunState *m_state = nullptr;
    TimelineLanes m_lanes = TimelineLanes::PerTask;
    double m_now = 0;
    int m_selectedRow = -1;
    TimelineMix m_mix; // a dense timeline's cells, kept between repaints
    TaskLaneMap m_map;
};

} // namespace volnux
