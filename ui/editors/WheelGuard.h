// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The mouse wheel changes a spin box or combo box under the pointer even when the user only
// meant to scroll the editor past it: three notches over "max_attempts" took it from 4 to 1,
// unnoticed. With the guard, such a field takes wheel events only while it has keyboard focus
// (clicked or tabbed into); otherwise the wheel goes on to the scroll area around it. Fields get
// Qt::StrongFocus, so the wheel alone never focuses them either.
//
// One application-wide event filter, so fields created later (a kind's parameter rows) are
// covered too. Used on the GUI thread only.

#include <QObject>

namespace volnux {

class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Installs the guard on the application, once however often it is called. Call before the
    // guarded widgets are shown: a field is given StrongFocus when it is polished.
    static void installOnApplication();
    // Whether `object` is a field the guard keeps from unfocused wheel events.
    static bool isGuarded(const QObject *object);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
};

} // namespace volnux
