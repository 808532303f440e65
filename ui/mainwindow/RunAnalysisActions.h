// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The window's actions on recorded runs: Run → Compare Runs… (pick two runs, then the Compare
// view), Run → Export Latest Run… (the open project's newest recorded run as JSON Lines, Chrome
// trace or CSV, in the background with progress and cancel), View → Trends (the Trends view of
// the open project). Views open as windows of their own. Kept out of MainWindow so that it only
// adds the menu entries. GUI thread only.

#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace volnux {

class RunAnalysisActions : public QObject
{
    Q_OBJECT
public:
    // `projectPath` gives the open project's file (empty when unsaved).
    RunAnalysisActions(QWidget *window, std::function<QString()> projectPath);

    // The run store read; RunStore::defaultPath() unless set.
    void setStorePath(const QString &path) { m_storePath = path; }
    const QString &storePath() const { return m_storePath; }
    void addTo(QMenu *runMenu, QMenu *viewMenu);

    // Opens the Compare view of runs `a` and `b` (what History's Compare connects to).
    QWidget *compare(qint64 a, qint64 b);
    QWidget *showTrends();
    void pickRunsToCompare();
    // Asks where to save run `runId` and exports it in the background.
    void exportRun(qint64 runId);
    void exportLatestRun();

signals:
    // A view asks for a past run to be opened (the flaky tasks' runs).
    void openRunRequested(qint64 runId);

private:
    QWidget *openWindow(QWidget *view, const QString &title, const QString &name);
    void showMessage(const QString &text);

    QWidget *m_window;
    std::function<QString()> m_projectPath;
    QString m_storePath;
};

} // namespace volnux
