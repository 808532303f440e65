// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the engine tests: building specs and reading the record stream.

#include "RecordPrinting.h"
#include "core/engine/Clock.h"
#include "core/engine/Run.h"
#include "core/events/EventRegistry.h"

#include <QVariantList>

#include <algorithm>

namespace volnux::test {

inline QVariantList indices(int n)
{
    QVariantList list;
    for (int i = 0; i < n; ++i)
        list.append(i);
    return list;
}

inline EventSpec eventSpec(const QString &name, const QString &type, int tasks,
                           EventOptions options = {})
{
    EventSpec spec;
    spec.name = name;
    spec.eventType = type;
    spec.inputs = indices(tasks);
    spec.options = std::move(options);
    return spec;
}

inline RunRecords select(const RunRecords &records, RecordType type, int event = -1, int task = -1)
{
    RunRecords out;
    std::copy_if(records.begin(), records.end(), std::back_inserter(out), [&](const RunRecord &r) {
        return r.type == type && (event < 0 || r.event == event) && (task < 0 || r.task == task);
    });
    return out;
}

inline const RunRecord &last(const RunRecords &records, RecordType type)
{
    auto it = std::find_if(records.rbegin(), records.rend(),
                           [type](const RunRecord &r) { return r.type == type; });
    Q_ASSERT(it != records.rend());
    return *it;
}

} // namespace volnux::test
