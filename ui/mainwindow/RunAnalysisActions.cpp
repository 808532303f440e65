// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/RunAnalysisActions.h"

#include "core/store/RunStore.h"
#include "ui/compare/RunCompareView.h"
#include "ui/compare/RunPairDialog.h"
#include "ui/export/RunExportJob.h"
#include "ui/trends/TrendsView.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>

namespace volnux {

RunAnalysisActions::RunAnalysisActions(QWidget *window, std::function<QString()> projectPath)
    : QObject(window), m_window(window), m_projectPath(std::move(projectPath)),
      m_storePath(RunStore::defaultPath())
{
}

void RunAnalysisActions::addTo(QMenu *runMenu, QMenu *viewMenu)
{
    runMenu->addSeparator();
    runMenu->addAction(tr("&Compare Runs…"), this, &RunAnalysisActions::pickRunsToCompare)
        ->setObjectName(QStringLiteral("compareRunsAction"));
    runMenu->addAction(tr("&Export Latest Run…"), this, &RunAnalysisActions::exportLatestRun)
        ->setObjectName(QStringLiteral("exportRunAction"));
    viewMenu->addAction(tr("&Trends"), this, &RunAnalysisActions::showTrends)
        ->setObjectName(QStringLiteral("trendsAction"));
}

QWidget *RunAnalysisActions::openWindow(QWidget *view, const QString &title, const QString &name)
{
    view->setParent(m_window, Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setObjectName(name);
    view->setWindowTitle(title);
    view->resize(std::max(900, m_window->width() * 9 / 10),
                 std::max(600, m_window->height() * 9 / 10));
    view->show();
    return view;
}

void RunAnalysisActions::showMessage(const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Volnux Studio"), text,
                                QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void RunAnalysisActions::pickRunsToCompare()
{
    auto *dialog = new RunPairDialog(m_storePath, m_projectPath(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto [a, b] = dialog->selectedRuns();
        compare(a, b);
    });
    dialog->open();
}

QWidget *RunAnalysisActions::compare(qint64 a, qint64 b)
{
    auto *view = new RunCompareView;
    openWindow(view, tr("Compare run %1 with run %2").arg(a).arg(b),
               QStringLiteral("compareWindow"));
    view->load(m_storePath, a, b);
    return view;
}

QWidget *RunAnalysisActions::showTrends()
{
    auto *view = new TrendsView;
    const QString project = m_projectPath();
    openWindow(view,
               project.isEmpty() ? tr("Trends: all projects")
                                 : tr("Trends: %1").arg(QFileInfo(project).fileName()),
               QStringLiteral("trendsWindow"));
    connect(view, &TrendsView::openRunRequested, this, &RunAnalysisActions::openRunRequested);
    if (QFileInfo::exists(m_storePath))
        view->load(m_storePath, project);
    else
        view->setPoints({});
    return view;
}

void RunAnalysisActions::exportLatestRun()
{
    if (!QFileInfo::exists(m_storePath)) { // opening would create it
        showMessage(tr("No runs are recorded yet (%1).").arg(m_storePath));
        return;
    }
    const auto store = RunStore::open(m_storePath);
    if (!store) {
        showMessage(store.errorString());
        return;
    }
    RunStore::Filter filter;
    filter.projectPath = m_projectPath();
    filter.limit = 1;
    const auto runs = (*store)->list(filter);
    if (!runs || runs->empty()) {
        showMessage(runs ? tr("This project has no recorded run to export.") : runs.errorString());
        return;
    }
    exportRun(runs->front().id);
}

void RunAnalysisActions::exportRun(qint64 runId)
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Run %1").arg(runId),
                                                QStringLiteral("run-%1.jsonl").arg(runId),
                                                RunExportJob::fileFilter());
    if (path.isEmpty())
        return;
    const std::optional<RunExport::Format> format = RunExportJob::formatOfPath(path);
    if (!format) {
        showMessage(tr("A run is exported as .jsonl, .json (Chrome trace) or .csv."));
        return;
    }
    auto *job = new RunExportJob(this);
    auto *progress =
        new QProgressDialog(tr("Exporting run %1…").arg(runId), tr("Cancel"), 0, 100, m_window);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(300);
    connect(job, &RunExportJob::progressChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, job, &RunExportJob::cancel);
    connect(job, &RunExportJob::finished, this,
            [this, job, progress](const QString &out, const QString &error) {
                progress->close();
                job->deleteLater();
                if (!error.isEmpty() && error != QLatin1String("cancelled"))
                    showMessage(tr("Cannot export to %1: %2").arg(out, error));
            });
    job->start(m_storePath, runId, *format, path);
}

} // namespace volnux
