// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/RunExportJob.h"

#include "core/files/FileKind.h"
#include "core/store/RunStore.h"

#include <QFileInfo>
#include <QPromise>
#include <QSaveFile>
#include <QtConcurrent>

namespace volnux {

namespace {

constexpr int kRecordsPerBatch = 4096; // RunReplay's default batch: one poll of `cancelled`

// Runs on a worker thread: its own store connection, its own file.
void exportRun(QPromise<QString> &promise, const QString &storePath, qint64 runId,
               RunExport::Format format, const QString &outputPath)
{
    const auto store = RunStore::open(storePath);
    if (!store) {
        promise.addResult(store.errorString());
        return;
    }
    const Result<StoredRun> run = (*store)->run(runId);
    if (!run) {
        promise.addResult(run.errorString());
        return;
    }
    // Outputs never destroy inputs, whatever name the file was picked by (a hard link).
    if (FileKind::sameFile(outputPath, storePath)) {
        promise.addResult(
            QObject::tr("%1 is the run store; writing it would destroy the store").arg(outputPath));
        return;
    }
    if (!run->projectPath.isEmpty() && FileKind::sameFile(outputPath, run->projectPath)) {
        promise.addResult(QObject::tr("%1 is the project file the run ran; writing it would "
                                      "destroy the project")
                              .arg(outputPath));
        return;
    }
    // A trace holds about two records per attempt and one per task and event.
    const qint64 records = std::max<qint64>(1, 2LL * run->attempts + run->tasks + run->events);
    promise.setProgressRange(0, 100);
    qint64 read = 0;
    QSaveFile out(outputPath);
    if (!out.open(QIODevice::WriteOnly)) {
        promise.addResult(QObject::tr("cannot write %1: %2").arg(outputPath, out.errorString()));
        return;
    }
    const Result<bool> written = RunExport::write(**store, runId, format, out, [&] {
        read += kRecordsPerBatch;
        promise.setProgressValue(int(std::min<qint64>(99, read * 100 / records)));
        return promise.isCanceled();
    });
    if (!written) {
        out.cancelWriting();
        promise.addResult(written.errorString());
        return;
    }
    if (!out.commit()) {
        promise.addResult(QObject::tr("cannot write %1: %2").arg(outputPath, out.errorString()));
        return;
    }
    promise.setProgressValue(100);
    promise.addResult(QString());
}

} // namespace

RunExportJob::RunExportJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::progressValueChanged, this,
            &RunExportJob::progressChanged);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QFuture<QString> future = m_watcher.future();
        const QString error = future.isCanceled() || future.resultCount() == 0
                                  ? QStringLiteral("cancelled")
                                  : future.result();
        emit finished(m_output, error);
    });
}

RunExportJob::~RunExportJob()
{
    // The worker owns its file and store connection: told to stop, it ends on its own and its
    // QSaveFile discards the partial file. The GUI thread never waits for it.
    m_watcher.disconnect(this);
    m_watcher.cancel();
}

std::optional<RunExport::Format> RunExportJob::formatOfPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("jsonl"))
        return RunExport::Format::Jsonl;
    if (suffix == QLatin1String("json"))
        return RunExport::Format::Chrome;
    if (suffix == QLatin1String("csv"))
        return RunExport::Format::Csv;
    return std::nullopt;
}

QString RunExportJob::fileFilter()
{
    return tr("JSON Lines trace (*.jsonl);;Chrome trace for Perfetto (*.json);;"
              "CSV, one row per attempt (*.csv)");
}

bool RunExportJob::start(const QString &storePath, qint64 runId, RunExport::Format format,
                         const QString &outputPath)
{
    if (m_watcher.isRunning())
        return false;
    m_output = outputPath;
    m_watcher.setFuture(QtConcurrent::run(exportRun, storePath, runId, format, outputPath));
    return true;
}

void RunExportJob::cancel()
{
    m_watcher.cancel();
}

} // namespace volnux
