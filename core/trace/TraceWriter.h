// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes a run's records as JSON Lines (the `--trace` format, docs/trace-format.md): one object
// per attempt, task, event and the run, in the order they happened, times in milliseconds since
// the run started. Used on one thread (the consumer of the record stream).

#include "core/engine/RunRecord.h"
#include "core/trace/TraceLineWriter.h"

#include <QFile>

namespace volnux {

class TraceWriter
{
public:
    bool open(const QString &path, QString *error);
    // Appends the records' lines and hands them to the system at once, so a process killed
    // later leaves every line written before.
    void write(const RunRecords &records);
    bool close(QString *error);

    // The line for one record, or an empty array for record types the trace does not carry.
    static QByteArray line(const RunRecord &record);

private:
    QFile m_file;
    TraceLineWriter m_lines;
    QByteArray m_buffer;
    QString m_path;
};

} // namespace volnux
