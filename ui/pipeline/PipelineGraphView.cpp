// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineGraphView.h"

#include "ui/monitor/StatusStyle.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLabel>
#include <QPainterPath>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace volnux {

static constexpr double kBoxWidth = 130;
static constexpr double kBoxHeight = 36;
static constexpr double kGap = 12;
static constexpr double kStepGap = 70; // between consecutive steps, room for the arrow
static constexpr double kLaneHeight = kBoxHeight + 60;

PipelineGraphView::PipelineGraphView(QWidget *parent)
    : QGraphicsView(parent), m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("pipelineGraph"));
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setMinimumSize(200, 160);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Pipeline graph"));
    setAccessibleDescription(tr("The events in the order the pipeline runs them. Arrow keys "
                                "select an event, Enter opens it in the editor, + and - zoom."));
    m_staleMark = new QLabel(this);
    m_staleMark->setTextFormat(Qt::PlainText); // it shows names and paths from outside
    m_staleMark->setObjectName(QStringLiteral("staleMark"));
    m_staleMark->setWordWrap(true);
    m_staleMark->setMargin(6);
    m_staleMark->setAutoFillBackground(true);
    // Amber on the window colour: visible in light and dark themes without shouting "error".
    m_staleMark->setStyleSheet(QStringLiteral("QLabel { border: 1px solid #c98a00; "
                                              "border-radius: 3px; }"));
    m_staleMark->hide();
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_selecting)
            return;
        const auto selected = m_scene->selectedItems();
        if (!selected.isEmpty() && selected.first()->data(0).isValid())
            emit eventActivated(selected.first()->data(0).toInt());
    });
}

PipelineGraphView::~PipelineGraphView()
{
    // The scene, a child, outlives this object's own part: clearing its items changes the
    // selection, which must not reach the handler above once only a QWidget is left.
    disconnect(m_scene, nullptr, this, nullptr);
}

PipelineGraph PipelineGraphView::sequenceOf(int eventCount)
{
    PipelineGraph graph;
    for (int i = 0; i < eventCount; ++i) {
        PipelineNode node;
        node.events = {i};
        node.next = i + 1 < eventCount ? i + 1 : -1;
        graph.nodes << node;
    }
    graph.entry = eventCount > 0 ? 0 : -1;
    return graph;
}

QHash<int, PipelineGraphView::Placed>
PipelineGraphView::layoutNodes(const PipelineGraph &graph) const
{
    // The main line runs left to right in lane 0 (`row` is the step, `column` the lane); each
    // branch opens a lane below. Iterative so a long chain needs no recursion.
    QHash<int, Placed> placed;
    QList<QPair<int, Placed>> pending{{graph.entry, Placed{0, 0}}};
    int nextColumn = 1;
    while (!pending.isEmpty()) {
        auto [node, at] = pending.takeFirst();
        while (node >= 0 && node < graph.nodes.size() && !placed.contains(node)) {
            placed.insert(node, at);
            const PipelineNode &n = graph.nodes[node];
            for (auto it = n.branches.cbegin(); it != n.branches.cend(); ++it) {
                if (!placed.contains(it.value()))
                    pending.append({it.value(), Placed{at.row + 1, nextColumn++}});
            }
            node = n.next;
            at.row += 1;
        }
    }
    placeAfterPredecessors(graph, placed);
    return placed;
}

// A step that joins branches ("A (0 -> F, 1 -> S -> T) -> D") must be drawn after the longest
// branch, or arrows run backwards. Rows become the longest path from the entry, computed in
// topological order (pipelines are acyclic), still without recursion.
void PipelineGraphView::placeAfterPredecessors(const PipelineGraph &graph,
                                               QHash<int, Placed> &placed)
{
    const auto successors = [&graph](int node) {
        QList<int> out;
        const PipelineNode &n = graph.nodes[node];
        if (n.next >= 0)
            out << n.next;
        out << n.branches.values();
        return out;
    };
    QHash<int, int> incoming;
    for (auto it = placed.cbegin(); it != placed.cend(); ++it) {
        for (int to : successors(it.key())) {
            if (placed.contains(to))
                ++incoming[to];
        }
    }
    QList<int> ready;
    for (auto it = placed.begin(); it != placed.end(); ++it) {
        it->row = 0;
        if (incoming.value(it.key()) == 0)
            ready << it.key();
    }
    while (!ready.isEmpty()) {
        const int node = ready.takeLast();
        for (int to : successors(node)) {
            if (!placed.contains(to))
                continue;
            placed[to].row = std::max(placed[to].row, placed[node].row + 1);
            if (--incoming[to] == 0)
                ready << to;
        }
    }
}

QRectF PipelineGraphView::drawNode(const PipelineNode &node, QPointF topLeft,
                                   const QStringList &names)
{
    const QPalette pal = palette();
    const int count = std::max<int>(1, int(node.events.size()));
    const double width = count * kBoxWidth + (count - 1) * kGap;
    const QRectF frame(topLeft.x() - width / 2, topLeft.y(), width, kBoxHeight);
    if (node.events.size() > 1) {
        // A parallel group: its events side by side in one dashed frame.
        auto *group = m_scene->addRect(frame.adjusted(-6, -6, 6, 6),
                                       QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
        group->setZValue(-1);
    }
    for (int i = 0; i < node.events.size(); ++i) {
        const int event = node.events[i];
        const QRectF box(frame.left() + i * (kBoxWidth + kGap), frame.top(), kBoxWidth, kBoxHeight);
        auto *item = m_scene->addRect(box, QPen(pal.color(QPalette::Highlight), 1.5),
                                      pal.color(QPalette::Button));
        item->setFlag(QGraphicsItem::ItemIsSelectable);
        item->setData(0, event);
        const QString name =
            event >= 0 && event < names.size() ? names[event] : QStringLiteral("?");
        auto *label = m_scene->addSimpleText(name);
        label->setBrush(pal.color(QPalette::ButtonText));
        label->setParentItem(item);
        const QString elided =
            QFontMetrics(label->font()).elidedText(name, Qt::ElideMiddle, int(kBoxWidth - 12));
        label->setText(elided);
        label->setPos(box.center() - label->boundingRect().center());
        m_boxes.insert(event, item);
        m_drawn << event;
    }
    if (node.attempts) {
        // Above the box's right corner: beside it, it collided with the outgoing arrow's label.
        auto *badge = m_scene->addSimpleText(tr("× %1 attempts").arg(*node.attempts));
        badge->setBrush(pal.color(QPalette::Text));
        const QRectF size = badge->boundingRect();
        badge->setPos(frame.right() - size.width(), frame.top() - size.height() - 2);
    }
    return frame;
}

PipelineGraphView::Arrow PipelineGraphView::drawArrow(QPointF from, QPointF to,
                                                      const QString &label)
{
    const QColor color = palette().color(QPalette::Text);
    QPainterPath path(from);
    const double midX = (from.x() + to.x()) / 2;
    path.cubicTo(QPointF(midX, from.y()), QPointF(midX, to.y()), to);
    Arrow arrow;
    arrow.path = m_scene->addPath(path, QPen(color, 1.3));
    // The head points along the last segment's direction (straight right into the box).
    QPolygonF head;
    head << to << to + QPointF(-9, -5) << to + QPointF(-9, 5);
    arrow.head = m_scene->addPolygon(head, QPen(color), color);
    if (!label.isEmpty()) {
        auto *text = m_scene->addSimpleText(label);
        text->setBrush(color);
        // Just above the arrow's end, left of the box it enters: clear of the boxes and of the
        // other arrows leaving the same step, however steep the curve.
        const QRectF size = text->boundingRect();
        text->setPos(to - QPointF(size.width() + 12, size.height() + 2));
    }
    return arrow;
}

void PipelineGraphView::setGraph(const PipelineGraph &graph, const QStringList &eventNames)
{
    m_scene->clear();
    m_boxes.clear();
    m_drawn.clear();
    m_statusTexts.clear();
    m_arrows.clear();
    m_nodeOf.clear();
    m_graph = graph;
    const QHash<int, Placed> placed = layoutNodes(graph);
    // A step is as wide as its widest node (a parallel group spans several boxes).
    QMap<int, double> stepWidth;
    for (auto it = placed.cbegin(); it != placed.cend(); ++it) {
        const auto count = std::max<qsizetype>(1, graph.nodes[it.key()].events.size());
        const double width = count * kBoxWidth + (count - 1) * kGap;
        stepWidth[it->row] = std::max(stepWidth.value(it->row), width);
    }
    QMap<int, double> stepCentre;
    double x = 0;
    for (auto it = stepWidth.cbegin(); it != stepWidth.cend(); ++it) {
        stepCentre[it.key()] = x + *it / 2;
        x += *it + kStepGap;
    }
    QHash<int, QRectF> frames;
    for (auto it = placed.cbegin(); it != placed.cend(); ++it) {
        const QPointF top(stepCentre[it->row], it->column * kLaneHeight);
        frames.insert(it.key(), drawNode(graph.nodes[it.key()], top, eventNames));
        for (int event : graph.nodes[it.key()].events)
            m_nodeOf.insert(event, it.key());
    }
    const auto right = [](const QRectF &r) { return QPointF(r.right(), r.center().y()); };
    const auto left = [](const QRectF &r) { return QPointF(r.left(), r.center().y()); };
    for (auto it = frames.cbegin(); it != frames.cend(); ++it) {
        const PipelineNode &node = graph.nodes[it.key()];
        if (node.next >= 0 && frames.contains(node.next))
            m_arrows.insert({it.key(), node.next},
                            drawArrow(right(*it), left(frames[node.next]),
                                      node.pipeResults ? tr("results") : QString()));
        for (auto b = node.branches.cbegin(); b != node.branches.cend(); ++b) {
            const QString label = b.key() == 0   ? tr("0 failure")
                                  : b.key() == 1 ? tr("1 success")
                                                 : QString::number(b.key());
            if (!frames.contains(b.value()))
                continue;
            const QRectF &target = frames[b.value()];
            // Every branch leaves the step's right edge: from below a parallel group's middle
            // box it read as the branch of that one event.
            m_arrows.insert({it.key(), b.value()}, drawArrow(right(*it), left(target), label));
        }
    }
    if (placed.isEmpty()) {
        auto *empty = m_scene->addSimpleText(tr("No events yet"));
        empty->setBrush(palette().color(QPalette::PlaceholderText));
    }
    paintRun();
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20));
    fit();
}

void PipelineGraphView::selectEvent(int eventIndex)
{
    m_selecting = true;
    m_scene->clearSelection();
    if (QGraphicsRectItem *box = m_boxes.value(eventIndex)) {
        box->setSelected(true);
        ensureVisible(box);
    }
    m_selecting = false;
}

QList<int> PipelineGraphView::drawnEvents() const
{
    return m_drawn;
}

QRectF PipelineGraphView::eventBox(int eventIndex) const
{
    const QGraphicsRectItem *box = m_boxes.value(eventIndex);
    return box ? box->rect() : QRectF();
}

void PipelineGraphView::setStale(const QString &reason)
{
    m_stale = !reason.isEmpty();
    m_staleMark->setText(reason);
    m_staleMark->setVisible(m_stale);
    placeStaleMark();
    // Dimmed: the boxes are what the last valid text described, not what the text says now.
    for (QGraphicsItem *item : m_scene->items())
        if (!item->parentItem())
            item->setOpacity(m_stale ? 0.35 : 1.0);
}

void PipelineGraphView::placeStaleMark()
{
    if (!m_stale)
        return;
    const int width = std::max(120, viewport()->width() - 16);
    m_staleMark->setFixedWidth(width);
    m_staleMark->adjustSize();
    m_staleMark->move(viewport()->geometry().topLeft() + QPoint(8, 8));
    m_staleMark->raise();
}

void PipelineGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
    placeStaleMark();
}

void PipelineGraphView::fit()
{
    // Shrink to fit but never blow small graphs up past their natural size.
    const QRectF rect = m_scene->sceneRect();
    const double scale = std::min({1.0, viewport()->width() / std::max(1.0, rect.width()),
                                   viewport()->height() / std::max(1.0, rect.height())});
    // Below ~70 % the names become unreadable: scroll instead.
    setTransform(QTransform::fromScale(std::max(scale, 0.7), std::max(scale, 0.7)));
}

void PipelineGraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        moveSelection(-1);
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
        moveSelection(1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (selectedEvent() >= 0)
            emit eventActivated(selectedEvent());
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: // + without Shift on many layouts
        scale(1.25, 1.25);
        break;
    case Qt::Key_Minus:
        scale(0.8, 0.8);
        break;
    case Qt::Key_0:
        fit();
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

int PipelineGraphView::selectedEvent() const
{
    const auto selected = m_scene->selectedItems();
    return selected.isEmpty() || !selected.first()->data(0).isValid()
               ? -1
               : selected.first()->data(0).toInt();
}

// Moves without activating: the editor follows only on Enter, so stepping through a long
// pipeline does not switch the editor at every key.
void PipelineGraphView::moveSelection(int step)
{
    if (m_drawn.isEmpty())
        return;
    // Left to right, then top to bottom: the order the eye reads the graph in.
    QList<int> order = m_drawn;
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const QRectF boxA = eventBox(a);
        const QRectF boxB = eventBox(b);
        return std::pair(boxA.left(), boxA.top()) < std::pair(boxB.left(), boxB.top());
    });
    const qsizetype at = order.indexOf(selectedEvent());
    const qsizetype next = at < 0 ? (step > 0 ? 0 : order.size() - 1)
                                  : std::clamp<qsizetype>(at + step, 0, order.size() - 1);
    selectEvent(order[next]);
}

void PipelineGraphView::showRun(const QHash<int, EventState> &events)
{
    m_run = events;
    paintRun();
}

namespace {

bool isStarted(EventStatus status)
{
    return status != EventStatus::Pending && status != EventStatus::Skipped;
}

bool isUnfinished(EventStatus status)
{
    return status == EventStatus::Pending || status == EventStatus::Running;
}

bool isSkipped(EventStatus status)
{
    return status == EventStatus::Skipped;
}

} // namespace

QString PipelineGraphView::runStatusText(int eventIndex) const
{
    const auto it = m_run.constFind(eventIndex);
    if (it == m_run.constEnd())
        return {};
    // Never by colour alone: the state in words, with the counts behind it.
    const QString state =
        it->status == EventStatus::Pending ? tr("waiting") : StatusStyle::label(it->status);
    if (it->total <= 0 || it->status == EventStatus::Skipped)
        return state;
    QString text = tr("%1 · %2/%3 done").arg(state).arg(it->counts.done()).arg(it->total);
    if (const int failed = it->counts.failed(); failed > 0)
        text += tr(", %n failed", nullptr, failed);
    return text;
}

QColor PipelineGraphView::boxColor(int eventIndex) const
{
    const QGraphicsRectItem *box = m_boxes.value(eventIndex);
    return box ? box->brush().color() : QColor();
}

void PipelineGraphView::paintRun()
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        paintBox(it.key(), it.value());
    const QColor text = palette().color(QPalette::Text);
    for (auto it = m_arrows.cbegin(); it != m_arrows.cend(); ++it) {
        const EdgeEmphasis emphasis = emphasisOf(it.key().first, it.key().second);
        QColor color = text;
        QPen pen(color, 1.3);
        if (emphasis == EdgeEmphasis::Taken)
            pen.setWidthF(3.2);
        if (emphasis == EdgeEmphasis::NotTaken) {
            color.setAlphaF(0.3);
            pen = QPen(color, 1.0, Qt::DashLine);
        }
        it->path->setPen(pen);
        it->head->setPen(QPen(color));
        it->head->setBrush(color);
    }
}

void PipelineGraphView::paintBox(int event, QGraphicsRectItem *box)
{
    const QPalette pal = palette();
    QGraphicsSimpleTextItem *&label = m_statusTexts[event];
    const auto it = m_run.constFind(event);
    if (it == m_run.constEnd()) {
        box->setPen(QPen(pal.color(QPalette::Highlight), 1.5));
        box->setBrush(pal.color(QPalette::Button));
        if (label)
            label->hide();
        return;
    }
    const QColor color = StatusStyle::color(it->status);
    QColor fill = color;
    fill.setAlphaF(0.25);
    box->setPen(QPen(color, 2));
    // Over the button colour, so the tint reads in light and dark themes alike.
    const QColor base = pal.color(QPalette::Button);
    box->setBrush(QColor::fromRgbF(base.redF() * 0.75 + fill.redF() * 0.25,
                                   base.greenF() * 0.75 + fill.greenF() * 0.25,
                                   base.blueF() * 0.75 + fill.blueF() * 0.25));
    if (!label) {
        label = new QGraphicsSimpleTextItem(box);
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        label->setFont(font);
    }
    label->setBrush(pal.color(QPalette::Text));
    label->setText(runStatusText(event));
    const QRectF rect = box->rect();
    label->setPos(rect.center().x() - label->boundingRect().width() / 2, rect.bottom() + 2);
    label->show();
}

bool PipelineGraphView::nodeHas(int node, bool (*test)(EventStatus)) const
{
    for (int event : m_graph.nodes[node].events) {
        const auto it = m_run.constFind(event);
        if (it != m_run.constEnd() && test(it->status))
            return true;
    }
    return false;
}

// Followed: the target started. Not followed: the source finished and the target was skipped.
PipelineGraphView::EdgeEmphasis PipelineGraphView::emphasisOf(int fromNode, int toNode) const
{
    if (m_run.isEmpty() || nodeHas(fromNode, isUnfinished))
        return EdgeEmphasis::Plain;
    if (!nodeHas(fromNode, isStarted)) // a skipped step leads nowhere
        return nodeHas(fromNode, isSkipped) ? EdgeEmphasis::NotTaken : EdgeEmphasis::Plain;
    if (nodeHas(toNode, isStarted))
        return EdgeEmphasis::Taken;
    if (nodeHas(toNode, isSkipped))
        return EdgeEmphasis::NotTaken;
    return EdgeEmphasis::Plain;
}

PipelineGraphView::EdgeEmphasis PipelineGraphView::edgeEmphasis(int fromEvent, int toEvent) const
{
    const QPair<int, int> key(m_nodeOf.value(fromEvent, -1), m_nodeOf.value(toEvent, -1));
    if (!m_arrows.contains(key))
        return EdgeEmphasis::Plain;
    return emphasisOf(key.first, key.second);
}

} // namespace volnux
