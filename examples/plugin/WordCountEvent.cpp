// SPDX-License-Identifier: GPL-3.0-or-later
#include "WordCountEvent.h"

#include <QRegularExpression>

namespace volnux {

TaskResult WordCountEvent::process(TaskContext &context)
{
    const QString text = context.params().contains(QStringLiteral("text"))
                             ? context.params().value(QStringLiteral("text")).toString()
                             : context.input().toString();
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const qsizetype words = text.split(whitespace, Qt::SkipEmptyParts).size();
    context.log(QStringLiteral("counted %1 words").arg(words));
    return TaskResult::ok(qint64(words));
}

} // namespace volnux
