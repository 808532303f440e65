// SPDX-License-Identifier: GPL-3.0-or-later
#include "WheelGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QPointer>

namespace volnux {

WheelGuard::WheelGuard(QObject *parent) : QObject(parent) {}

void WheelGuard::installOnApplication()
{
    static QPointer<WheelGuard> installed;
    if (installed || !qApp)
        return;
    installed = new WheelGuard(qApp);
    qApp->installEventFilter(installed);
}

bool WheelGuard::isGuarded(const QObject *object)
{
    return qobject_cast<const QAbstractSpinBox *>(object) ||
           qobject_cast<const QComboBox *>(object);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Polish && event->type() != QEvent::Wheel)
        return false;
    if (!isGuarded(watched))
        return false;
    auto *field = static_cast<QWidget *>(watched);
    if (event->type() == QEvent::Polish) {
        // WheelFocus (a combo box's default) would hand the field focus on the first notch, and
        // the notch would then change it.
        if (field->focusPolicy() == Qt::WheelFocus)
            field->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (field->hasFocus())
        return false;
    // Filtered but not accepted: Qt offers the event to the parents, so the wheel scrolls the
    // editor instead.
    event->ignore();
    return true;
}

} // namespace volnux
