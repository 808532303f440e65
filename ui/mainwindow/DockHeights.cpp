#include "DockHeights.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

namespace volnux {

DockHeights::DockHeights(QMainWindow *window) : QObject(window), m_window(window) {}

void DockHeights::track(QDockWidget *dock, double share)
{
    if (share > 0)
        m_shares.insert(dock, share);
    dock->installEventFilter(this);
    connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
        if (visible)
            raised(dock);
    });
}

bool DockHeights::applies(QDockWidget *dock) const
{
    return dock->isVisible() && !dock->isFloating() &&
           m_window->dockWidgetArea(dock) == Qt::BottomDockWidgetArea &&
           !m_window->tabifiedDockWidgets(dock).isEmpty();
}

// The user's drags (and our own restores) are what a tab's height is.
bool DockHeights::eventFilter(QObject *watched, QEvent *event)
{
    auto *dock = static_cast<QDockWidget *>(watched);
    if (event->type() == QEvent::Resize && !m_restoring && applies(dock) && m_window->isVisible())
        m_heights.insert(dock, dock->height());
    return QObject::eventFilter(watched, event);
}

void DockHeights::raised(QDockWidget *dock)
{
    // Once the tab switch has settled: the area has its new current page then.
    QTimer::singleShot(0, this, [this, dock] {
        if (!applies(dock) || !m_window->isVisible())
            return;
        const int height =
            m_heights.value(dock, int(m_window->height() * m_shares.value(dock, 0.0)));
        if (height <= 0 || height == dock->height())
            return;
        m_restoring = true;
        m_window->resizeDocks({dock}, {height}, Qt::Vertical);
        m_restoring = false;
        m_heights.insert(dock, dock->height());
    });
}

} // namespace volnux
