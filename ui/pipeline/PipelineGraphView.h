// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Draws a PipelineGraph: a box per event, parallel groups side by side in one frame, arrows for
// sequence and labelled arrows for branches. Clicking an event box reports its event index.
// From the keyboard: the arrow keys move the selection between the boxes left to right, Enter
// reports the selected event (eventActivated), + and - zoom, 0 fits the graph in the view.

#include "core/pipeline/PipelineGraph.h"

#include <QGraphicsView>
#include <QHash>

class QGraphicsRectItem;
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
    QRectF drawNode(const PipelineNode &node, QPointF topLeft, const QStringList &names);
    void drawArrow(QPointF from, QPointF to, const QString &label);
    void fit();
    void placeStaleMark();
    int selectedEvent() const;
    void moveSelection(int step);

    QGraphicsScene *m_scene;
    QHash<int, QGraphicsRectItem *> m_boxes; // event index -> its box
    QList<int> m_drawn;
    QLabel *m_staleMark;
    bool m_selecting = false;
    bool m_stale = false;
};

} // namespace volnux
