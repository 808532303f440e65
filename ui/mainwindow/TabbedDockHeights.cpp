// SPDX-License-Identifier: GPL-3.0-or-later
#include "TabbedDockHeights.h"

#include <QDockWidget>
#include <QLayout>
#include <QMainWindow>

namespace volnux {

TabbedDockHeights::TabbedDockHeights(QMainWindow *window) : QObject(window), m_window(window) {}

void TabbedDockHeights::watch(QDockWidget *dock)
{
    connect(dock, &QDockWidget::visibilityChanged, this,
            [this, dock](bool visible) { visibilityChanged(dock, visible); });
}

int TabbedDockHeights::height(QDockWidget *dock) const
{
    return isShown(dock) ? dock->height() : m_heights.value(dock, 0);
}

void TabbedDockHeights::setHeight(QDockWidget *dock, int height)
{
    if (height > 0)
        m_heights.insert(dock, height);
}

bool TabbedDockHeights::isTabbedAcross(QDockWidget *dock) const
{
    const Qt::DockWidgetArea area = m_window->dockWidgetArea(dock);
    return !dock->isFloating() &&
           (area == Qt::BottomDockWidgetArea || area == Qt::TopDockWidgetArea) &&
           !m_window->tabifiedDockWidgets(dock).isEmpty();
}

void TabbedDockHeights::visibilityChanged(QDockWidget *dock, bool visible)
{
    const bool wasShown = m_shown.contains(dock);
    if (visible)
        m_shown.insert(dock);
    else
        m_shown.remove(dock);
    if (!isTabbedAcross(dock) || !m_window->isVisible())
        return;
    if (!visible) {
        // Raising another tab moves this one out of sight, its size untouched: its height.
        if (wasShown && dock->height() > 0)
            m_heights.insert(dock, dock->height());
        return;
    }
    // Once the tab switch has been laid out (the hidden tab has told its height by then).
    QMetaObject::invokeMethod(
        this, [this, dock = QPointer<QDockWidget>(dock)] { apply(dock); }, Qt::QueuedConnection);
}

void TabbedDockHeights::apply(QDockWidget *dock)
{
    const int wanted = dock ? m_heights.value(dock, 0) : 0;
    if (wanted <= 0 || !isShown(dock) || !isTabbedAcross(dock) || dock->height() == wanted)
        return;
    resize(dock, wanted + m_overhead);
    // resizeDocks sizes the tab group, tab bar included: what the dock got tells how much the
    // group adds, and a second request gives the dock its height.
    const int overhead = wanted + m_overhead - dock->height();
    // Far more than a tab bar: the group met a minimum (the editor's), not its tab bar.
    if (dock->height() == wanted || overhead < 0 || overhead > 4 * dock->fontMetrics().height())
        return;
    m_overhead = overhead;
    resize(dock, wanted + m_overhead);
}

// At once rather than on the next layout pass: a run followed from its first records, a test
// that looks right away, see the height they asked for.
void TabbedDockHeights::resize(QDockWidget *dock, int groupHeight)
{
    m_window->resizeDocks({dock}, {groupHeight}, Qt::Vertical);
    if (m_window->layout())
        m_window->layout()->activate();
}

} // namespace volnux
