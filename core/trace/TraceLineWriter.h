// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Appends the `--trace` lines of records (docs/volnux-run.md, "Trace format") to a buffer, fast:
// numbers are formatted by hand, and the quoted form of each interned name (event, thread,
// evaluation, branch) is made once. The live trace and `history export --format jsonl` both
// write through it, so they agree byte for byte. Used on one thread.

#include "core/engine/RunRecord.h"

#include <QByteArray>
#include <QHash>

#include <string>

namespace volnux {

class TraceLineWriter
{
public:
    // Appends the record's line and a newline; records the trace does not carry add nothing.
    // Returns whether a line was added.
    bool append(QByteArray &out, const RunRecord &record);

    // A time in ms as the trace writes it: rounded to the microsecond, shortest exact decimal.
    static void appendMillis(QByteArray &out, double ms);
    static void appendInteger(QByteArray &out, qint64 value);

private:
    bool appendLine(std::string &out, const RunRecord &r);
    void appendName(std::string &out, const Name &name);
    void appendAttempt(std::string &out, const RunRecord &r);
    void appendPipeline(std::string &out, const RunRecord &r);
    QHash<const QString *, QByteArray> m_quoted; // Name -> its JSON string
    std::string m_line;                           // the line being made
};

} // namespace volnux
