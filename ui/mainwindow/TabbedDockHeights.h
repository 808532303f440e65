// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Docks tabbed together in a top or bottom area share one height, but each panel needs its own:
// the run panel wants room for its tables and timeline, the pipeline text far less. This keeps a
// height per dock: when a tab is raised the group takes that tab's height, so enlarging one panel
// never squeezes the editor while another is shown. The height a tab had when it was hidden is
// the one it gets back. GUI thread only.

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QDockWidget;
class QMainWindow;

namespace volnux {

class TabbedDockHeights : public QObject
{
    Q_OBJECT
public:
    explicit TabbedDockHeights(QMainWindow *window);

    void watch(QDockWidget *dock);
    // The dock's height: its current one while it is shown, else the one kept (0: none yet).
    int height(QDockWidget *dock) const;
    void setHeight(QDockWidget *dock, int height);
    // Whether the dock is the tab shown. (A tab behind another stays "visible" to Qt: it is only
    // moved out of sight, so QWidget::isVisible cannot tell.)
    bool isShown(QDockWidget *dock) const { return m_shown.contains(dock); }

private:
    bool isTabbedAcross(QDockWidget *dock) const;
    void visibilityChanged(QDockWidget *dock, bool visible);
    void apply(QDockWidget *dock);
    void resize(QDockWidget *dock, int groupHeight);

    QMainWindow *m_window;
    QHash<QDockWidget *, int> m_heights;
    QSet<QDockWidget *> m_shown;
    // What a tab group adds to the height of the dock it shows (its tab bar), learnt from a
    // resize: QMainWindow::resizeDocks sizes the whole group.
    int m_overhead = 0;
};

} // namespace volnux
