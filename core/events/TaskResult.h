// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What `process` returns: the success flag and a value, as volnux's `(True, "done")`.
// A returned failure is final for the task: it is never retried (only exceptions are).

#include <QVariant>

#include <optional>

namespace volnux {

struct TaskResult
{
    bool success = true;
    QVariant value;
    // An event may choose the pipeline branch to follow (volnux's goto): 0-9.
    std::optional<int> descriptor;

    static TaskResult ok(QVariant value = {}) { return {true, std::move(value), std::nullopt}; }
    static TaskResult fail(QVariant value = {}) { return {false, std::move(value), std::nullopt}; }
};

} // namespace volnux
