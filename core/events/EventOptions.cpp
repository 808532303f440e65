// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventOptions.h"

namespace volnux {

QStringList EventOptions::validate() const
{
    QStringList problems = executor_config.validate(QStringLiteral("executor_config"));
    if (retry_policy)
        problems << retry_policy->validate(QStringLiteral("retry_policy"));
    // The threshold is checked by reading the state back from its text, as a file would be.
    if (const auto read =
            Evaluation::fromString(evaluation.toString(), QStringLiteral("evaluation"));
        !read)
        problems << read.errors();
    if (timeout_ms && *timeout_ms < 1)
        problems << QStringLiteral("timeout_ms: must be an integer >= 1 (milliseconds), got %1")
                        .arg(*timeout_ms);
    return problems;
}

} // namespace volnux
