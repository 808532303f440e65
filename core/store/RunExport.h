// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes a recorded run in the formats a live run writes: JSON Lines (record for record what
// `--trace` wrote), the Chrome trace-event format (what `--chrome-trace` wrote) and CSV (one row
// per attempt, the trace's attempt fields as columns). Reads the run back with RunReplay and
// formats it with the same writers as a live run. Used on one thread.

#include "core/Result.h"

#include <QIODevice>

#include <functional>
#include <optional>

namespace volnux {

class RunStore;

class RunExport
{
public:
    enum class Format
    {
        Jsonl,
        Chrome,
        Csv
    };
    static std::optional<Format> formatFromText(const QString &text);
    // The CSV header and one attempt record's row (without the line end).
    static QByteArray csvHeader();

    // Writes run `runId` to `out` (open for writing). `cancelled` is polled between batches.
    static Result<bool> write(RunStore &store, qint64 runId, Format format, QIODevice &out,
                              const std::function<bool()> &cancelled = {});
};

} // namespace volnux
