#pragma once

// Gives each of the docks tabbed together at the bottom of a main window its own height. Tabbed
// docks share one area, so without this a run panel enlarged once left the pipeline tab (and the
// event editor above it) with the run's height: the editor squeezed to ~130 px at every start.
// When a tab is raised its last height comes back; a tab not yet sized this session gets its
// share of the window, or keeps the area's height when it has none. GUI thread only.

#include <QHash>
#include <QObject>

class QDockWidget;
class QMainWindow;

namespace volnux {

class DockHeights : public QObject
{
    Q_OBJECT
public:
    explicit DockHeights(QMainWindow *window);

    // `share`: of the window's height, for the tab's first raise; 0 for none.
    void track(QDockWidget *dock, double share);
    int rememberedHeight(QDockWidget *dock) const { return m_heights.value(dock, -1); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void raised(QDockWidget *dock);
    bool applies(QDockWidget *dock) const;

    QMainWindow *m_window;
    QHash<QDockWidget *, double> m_shares;
    QHash<QDockWidget *, int> m_heights;
    bool m_restoring = false;
};

} // namespace volnux
