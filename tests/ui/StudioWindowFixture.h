// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A StudioWindow as a test drives it: opened on a project file the test wrote (in a directory of
// its own), with quiet prompts and the run clock the test picks, and a wait for a run's end as
// the window shows it.

#include "core/engine/Clock.h"
#include "core/kinds/BuiltinKinds.h"
#include "tests/ui/QuietPrompts.h"
#include "ui/files/DocumentFiles.h"
#include "ui/mainwindow/StudioWindow.h"
#include "ui/monitor/RunMonitor.h"
#include "ui/run/MonitorRunLauncher.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace volnux::test {

class StudioWindowFixture
{
public:
    StudioWindowFixture() { registerBuiltinKinds(); }
    ~StudioWindowFixture() { delete window; }

    QString writeProject(const QString &name, const QByteArray &json)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // A new window (the old one, if any, closed as a user quits) on `path`.
    StudioWindow *open(const QString &path, std::shared_ptr<Clock> clock)
    {
        delete window;
        window = new StudioWindow(&prompts, dir.filePath(QStringLiteral("recovery")));
        window->launcher()->setClock(std::move(clock));
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            qWarning("the studio window was not exposed");
        if (!window->files()->open(path))
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(prompts.shown.join(u'\n')));
        return window;
    }

    // Closes the window (cancelling and waiting for a run still going) and forgets its traces.
    void close()
    {
        delete window;
        window = nullptr;
        prompts.shown.clear();
        QDir(dir.filePath(QStringLiteral("recovery"))).removeRecursively();
    }

    QAction *action(const char *name) const
    {
        return window->findChild<QAction *>(QString::fromLatin1(name));
    }

    void waitUntilFinished(int timeoutMs = 10000)
    {
        QTRY_VERIFY_WITH_TIMEOUT(window->monitor()->state().isFinished(), timeoutMs);
        QTRY_VERIFY(!window->launcher()->isRunning());
        // The window hears of the end one event after the run (a queued signal): wait for it.
        QTRY_VERIFY(!action("actionCancel")->isEnabled());
        window->monitor()->applyPending();
    }

    QTemporaryDir dir;
    QuietPrompts prompts;
    StudioWindow *window = nullptr;
};

// Brings `widget` forward when it is a page of a tab widget (the monitor's details).
inline void showTab(QWidget *widget)
{
    if (auto *tabs = qobject_cast<QTabWidget *>(widget->parentWidget()->parentWidget()))
        tabs->setCurrentWidget(widget);
    QTRY_VERIFY(widget->isVisible());
}

} // namespace volnux::test
