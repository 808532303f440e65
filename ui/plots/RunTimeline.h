// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The monitor's timeline: a QCustomPlot with one AttemptBarsPlottable, lanes per task or per
// worker, a moving "now" line, wheel zoom, drag pan, "fit all", hover details and click-to-select.
// While the user has not zoomed or panned it follows the run (fits everything on each refresh).
// From the keyboard: the arrow keys move the selection between the tasks' bars, Enter opens the
// selected task (taskClicked), + and - zoom the time axis, 0 fits all. Task lanes are grouped by
// event: a click on a group's header lane (or its label) collapses or expands it, as Space does
// for the selected task's group, and the context menu collapses or expands them all. The lanes
// follow the task table's filter (setFilter).
// GUI thread only; refreshed by the monitor's timer, never per record.

#include "ui/plots/AttemptBarsPlottable.h"

#include "ui/plots/QcpInclude.h"

#include <QElapsedTimer>

namespace volnux {

class RunTimeline : public QCustomPlot
{
    Q_OBJECT
public:
    explicit RunTimeline(QWidget *parent = nullptr);

    void setState(const RunState *state);
    void setLanes(TimelineLanes lanes);
    // Shows lanes only for the tasks `filter` lets through.
    void setFilter(const TaskFilter &filter);
    void setGroupCollapsed(int event, bool collapsed);
    bool isGroupCollapsed(int event) const;
    void toggleGroup(int event);
    void setAllGroupsCollapsed(bool collapsed);
    TimelineLanes lanes() const { return m_bars->lanes(); }
    // Marks a task and brings its lane into view (per-task lanes).
    void setSelectedRow(int row);
    int selectedRow() const { return m_selectedRow; }
    void setNow(double ms);
    // Applies what changed since the last refresh and queues one replot. A redraw takes at most
    // about a tenth of the GUI thread: one that is due sooner comes later, by itself.
    void refresh();
    void fitAll();
    // A title above the legend ("A: run 12" in Compare); none until set.
    void setTitle(const QString &text);
    bool isFollowing() const { return m_follow; }

    AttemptBarsPlottable *bars() const { return m_bars; }

signals:
    void taskClicked(int row);
    void lanesChanged(); // the per-task lanes were regrouped: a group collapsed, a filter

protected:
    void changeEvent(QEvent *event) override;       // follows the theme
    void resizeEvent(QResizeEvent *event) override; // the legend wraps when narrow
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onMousePress(QMouseEvent *event);
    void onMouseRelease(QMouseEvent *event);
    void onMouseMove(QMouseEvent *event);
    void showContextMenu(const QPoint &pos);
    void afterRegrouping();
    void showChanges(); // updateView, then a replot
    void updateView();
    void replotWithinShare();
    bool labelTasks(int first, int last) const;
    void addGroupLabels(int first, int last);
    void fitRanges();
    void updateLaneTicks();
    void updateEmptyHint();
    void moveSelection(int step);
    void zoomTime(double factor);

    AttemptBarsPlottable *m_bars;
    QSharedPointer<QCPAxisTickerText> m_laneTicker;
    QSharedPointer<QCPAxisTicker> m_numberTicker;
    QPoint m_pressPos;
    QCPItemText *m_emptyHint;
    bool m_follow = true;
    bool m_releaseIgnored = false;
    int m_selectedRow = -1;
    QCPTextElement *m_title = nullptr;
    QElapsedTimer m_sinceReplot; // of refresh()'s replots
    QTimer *m_lateReplot;        // one refresh() put off
};

} // namespace volnux
