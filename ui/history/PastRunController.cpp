// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/PastRunController.h"

#include "core/store/RunStore.h"
#include "ui/history/PastRunBanner.h"
#include "ui/history/PastRunLoader.h"
#include "ui/monitor/RunMonitor.h"
#include "ui/run/MonitorRunLauncher.h"

#include <QtConcurrent/QtConcurrentRun>

namespace volnux {

namespace {

constexpr size_t kRecordsPerDrain = 20000; // as for a live run: bounded work per tick

// The newest run of the project at `projectPath`, read on a pool thread.
std::optional<qint64> latestRun(const QString &storePath, const QString &projectPath)
{
    const auto store = RunStore::open(storePath);
    if (!store)
        return std::nullopt;
    RunStore::Filter filter;
    filter.projectPath = projectPath;
    filter.limit = 1;
    const Result<std::vector<StoredRun>> runs = (*store)->list(filter);
    if (!runs || runs->empty())
        return std::nullopt;
    return runs->front().id;
}

} // namespace

PastRunController::PastRunController(RunMonitor *monitor, MonitorRunLauncher *launcher,
                                     QObject *parent)
    : QObject(parent), m_monitor(monitor), m_launcher(launcher),
      m_banner(new PastRunBanner(monitor)), m_loader(new PastRunLoader(this))
{
    m_monitor->addBanner(m_banner);
    connect(m_banner, &PastRunBanner::cancelRequested, m_loader, &PastRunLoader::cancel);
    connect(m_loader, &PastRunLoader::runFound, this, &PastRunController::onRunFound);
    connect(m_loader, &PastRunLoader::progress, m_banner, &PastRunBanner::setProgress);
    connect(m_loader, &PastRunLoader::finished, this, &PastRunController::onLoaded);
    connect(&m_latest, &QFutureWatcher<std::optional<qint64>>::finished, this,
            &PastRunController::onLatestFound);
    // A live run takes the panel over.
    connect(m_launcher, &RunLauncher::runningChanged, this, [this](bool running) {
        if (running)
            clear();
    });
}

void PastRunController::clear()
{
    m_loader->cancel();
    m_latest.cancel();
    m_shown.reset();
    m_banner->hide();
}

bool PastRunController::open(qint64 runId)
{
    if (m_launcher->isRunning() || m_launcher->storePath().isEmpty())
        return false;
    // A run that has just ended may have records not yet applied: its recording needs its end.
    m_monitor->applyPending();
    clear();
    m_shown = runId;
    m_run = {};
    m_monitor->setReadOnly(true);
    PastRunLoader *loader = m_loader;
    m_monitor->setSource([loader](RunRecords &into) { into = loader->take(kRecordsPerDrain); });
    m_loader->load(m_launcher->storePath(), runId);
    return true;
}

void PastRunController::onRunFound(const RecordedRun &run)
{
    m_run = run.run;
    m_launcher->setShownPastRun(run.run, run.project);
    m_banner->showLoading(run.run);
}

void PastRunController::onLoaded(bool cancelled, const QString &error)
{
    if (!m_shown)
        return;
    if (!error.isEmpty())
        m_banner->showError(error);
    else if (m_run.id != *m_shown) // cancelled before its row was read
        m_banner->showError(tr("reading run #%1 was cancelled").arg(*m_shown));
    else
        m_banner->showLoaded(m_run, !cancelled);
    emit loaded(*m_shown);
}

void PastRunController::showLatest(const QString &projectPath, const QString &projectName)
{
    if (m_launcher->isRunning())
        return;                // the live run stays; its project is the one the user ran
    m_monitor->applyPending(); // the end of a run that has just ended, for its recording
    clear();
    m_monitor->reset();
    m_monitor->setReadOnly(false);
    m_emptyName = projectName;
    if (projectPath.isEmpty() || m_launcher->storePath().isEmpty()) {
        m_banner->showEmpty(projectName);
        return;
    }
    m_latest.setFuture(QtConcurrent::run(latestRun, m_launcher->storePath(), projectPath));
}

void PastRunController::onLatestFound()
{
    if (m_latest.isCanceled() || m_launcher->isRunning())
        return;
    const std::optional<qint64> id = m_latest.result();
    if (!id || !open(*id))
        m_banner->showEmpty(m_emptyName);
}

} // namespace volnux
