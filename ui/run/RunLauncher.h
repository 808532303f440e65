// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the main window's Run and Cancel actions call. The run monitor (ui/monitor) implements it
// and registers with MainWindow::setRunLauncher; until one is registered Run stays disabled and
// says why. GUI thread only.

#include <QObject>

namespace volnux {

struct Project;

class RunLauncher : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // True from a run's start until runningChanged(false) announces its end, so it always agrees
    // with what the window shows (the engine may have finished an instant earlier).
    virtual bool isRunning() const = 0;
    // `projectPath` may be empty for a project never saved.
    virtual void startRun(const Project &project, const QString &projectPath) = 0;
    virtual void cancelRun() = 0;

signals:
    void runningChanged(bool running);
};

} // namespace volnux
