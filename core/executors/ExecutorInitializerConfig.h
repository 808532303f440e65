// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How an event's executor is built (docs/semantics.md). Each field is EMPTY unless given; EMPTY is
// a real state (an empty optional), resolved to a default only when the executor is created.

#include "core/Result.h"

#include <QVariantMap>

#include <optional>

namespace volnux {

inline constexpr std::nullopt_t EMPTY = std::nullopt;

struct ExecutorInitializerConfig
{
    std::optional<int> max_workers;            // EMPTY: the processor count
    std::optional<int> max_tasks_per_child;    // EMPTY: a worker lives as long as the executor
    std::optional<QString> thread_name_prefix; // EMPTY: threads keep their default names

    int resolvedMaxWorkers() const;
    static int processorCount();

    QStringList validate(const QString &where = QString()) const;
    static Result<ExecutorInitializerConfig> fromMap(const QVariantMap &map,
                                                     const QString &where = QString());
    // Only the given fields appear, so a saved file keeps EMPTY as absence.
    QVariantMap toMap() const;
    static QStringList keys();
    friend bool operator==(const ExecutorInitializerConfig &,
                           const ExecutorInitializerConfig &) = default;
};

} // namespace volnux
