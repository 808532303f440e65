// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Draws a PipelineGraph: a box per event, parallel groups side by side in one frame, arrows for
// sequence and labelled arrows for branches. Clicking an event box reports its event index.
// From the keyboard: the arrow keys move the selection between the boxes left to right, Enter
// reports the selected event (eventActivated), + and - zoom, 0 fits the graph in the view.
// It can also show a run on the graph (showRun), live or recorded.

#include "core/observe/RunState.h"
#include "core/pipeline/PipelineGraph.h"

#include <QGraphicsView>
#include <QHash>

class QGraphicsPathItem;
class QGraphicsPolygonItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLabel;

namespace volnux {

class PipelineGraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit PipelineGraphView(QWidget *parent = nullptr);
    ~PipelineGraphView() override;

    void setGraph(const PipelineGraph &graph, const QStringList &eventNames);
    void selectEvent(int eventIndex);
    // Non-empty: the drawn graph is no longer what the text says (the text does not parse); it is
    // dimmed under a mark giving `reason`. Empty: the graph is current again.
    void setStale(const QString &reason);
    bool isStale() const { return m_stale; }
    QLabel *staleMark() const { return m_staleMark; }
    // The event index of each drawn box, in drawing order (for tests and accessibility).
    QList<int> drawnEvents() const;
    QRectF eventBox(int eventIndex) const;
    // A linear graph of all events in order: what runs when the project has no pipeline.
    static PipelineGraph sequenceOf(int eventCount);

    // Shows a run's state, by event index: each box coloured by its event's state and labelled
    // with it and its task counts; an arrow the run followed drawn bold, one it did not dimmed.
    // An event missing from `events` shows no state; empty: no run shown.
    void showRun(const QHash<int, EventState> &events);
    enum class EdgeEmphasis
    {
        Plain,   // no run shown, or not decided yet
        Taken,   // bold
        NotTaken // dimmed
    };
    // The arrow from the step holding `fromEvent` to the step holding `toEvent`.
    EdgeEmphasis edgeEmphasis(int fromEvent, int toEvent) const;
    // The words under an event's box ("succeeded · 4/4 done"); empty without a run state.
    QString runStatusText(int eventIndex) const;
    // The box's fill colour (tests: it follows the state).
    QColor boxColor(int eventIndex) const;

signals:
    void eventActivated(int eventIndex);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Placed
    {
        int row = 0;
        int column = 0;
    };
    QHash<int, Placed> layoutNodes(const PipelineGraph &graph) const;
    static void placeAfterPredecessors(const PipelineGraph &graph, QHash<int, Placed> &placed);
    struct Arrow
    {
        QGraphicsPathItem *path = nullptr;
        QGraphicsPolygonItem *head = nullptr;
    };
    QRectF drawNode(const PipelineNode &node, QPointF topLeft, const QStringList &names);
    Arrow drawArrow(QPointF from, QPointF to, const QString &label);
    void paintRun();
    void paintBox(int event, QGraphicsRectItem *box);
    EdgeEmphasis emphasisOf(int fromNode, int toNode) const;
    bool nodeHas(int node, bool (*test)(EventStatus)) const;
    void fit();
    void placeStaleMark();
    int selectedEvent() const;
    void moveSelection(int step);

    QGraphicsScene *m_scene;
    QHash<int, QGraphicsRectItem *> m_boxes;             // event index -> its box
    QHash<int, QGraphicsSimpleTextItem *> m_statusTexts; // event index -> its run state
    QHash<QPair<int, int>, Arrow> m_arrows;              // (from node, to node)
    QHash<int, int> m_nodeOf;                            // event index -> its node
    PipelineGraph m_graph;
    QHash<int, EventState> m_run;
    QList<int> m_drawn;
    QLabel *m_staleMark;
    bool m_selecting = false;
    bool m_stale = false;
};

} // namespace volnux
