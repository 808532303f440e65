// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Exports a recorded run (JSON Lines, Chrome trace or CSV) in the background, through the core's
// RunExport, the exporter of `volnux-run history export`: a worker thread opens its own
// connection to the store and writes the file with QSaveFile, so a cancelled or failed export
// leaves no partial file. Progress is reported as the share of the run's records read (an
// estimate from its attempt count), at most 25 times a second. Lives on the GUI thread.

#include "core/store/RunExport.h"

#include <QFutureWatcher>
#include <QObject>

namespace volnux {

class RunExportJob : public QObject
{
    Q_OBJECT
public:
    explicit RunExportJob(QObject *parent = nullptr);
    ~RunExportJob() override; // cancels the worker, which ends on its own

    // The format from the file's suffix: .jsonl, .json (Chrome trace), .csv.
    static std::optional<RunExport::Format> formatOfPath(const QString &path);
    static QString fileFilter();

    // Starts the export; false when one is still going.
    bool start(const QString &storePath, qint64 runId, RunExport::Format format,
               const QString &outputPath);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void progressChanged(int percent);
    // `error` is empty on success; "cancelled" when cancelled.
    void finished(const QString &outputPath, const QString &error);

private:
    QFutureWatcher<QString> m_watcher;
    QString m_output;
};

} // namespace volnux
