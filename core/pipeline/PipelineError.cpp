// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/PipelineError.h"

#include "core/UserText.h"

namespace volnux {

namespace {
// How much of the source line is shown on each side of the problem: a pipeline written on one
// line of ten megabytes must not be echoed whole.
constexpr int kContext = 40;
constexpr int kMaxMarked = 80;
} // namespace

QString PipelineError::toString() const
{
    return QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

QString PipelineError::formatted() const
{
    static const QString indent = QStringLiteral("    ");
    const qsizetype at = qBound(qsizetype(0), qsizetype(column) - 1, sourceLine.size());
    const qsizetype marked = qBound(1, length, kMaxMarked);
    const qsizetype from = qMax(qsizetype(0), at - kContext);
    const qsizetype to = qMin(sourceLine.size(), at + marked + kContext);
    const QString ellipsis(QChar(0x2026));
    QString shown = from > 0 ? ellipsis : QString();
    QString pad = from > 0 ? QStringLiteral(" ") : QString();
    for (qsizetype i = from; i < to; ++i) {
        const QChar c = sourceLine.at(i);
        // Tabs stay tabs so the caret lines up however the terminal expands them; a control or
        // bidi character is shown as U+FFFD, one column like the character it replaces, so it
        // can neither drive the terminal nor reorder the line.
        const bool unsafe = c != QLatin1Char('\t') && !UserText::escapeOf(c.unicode()).isEmpty();
        shown += unsafe ? QChar(QChar::ReplacementCharacter) : c;
        if (i < at)
            pad += c == QLatin1Char('\t') ? QLatin1Char('\t') : QLatin1Char(' ');
    }
    if (to < sourceLine.size())
        shown += ellipsis;
    for (qsizetype i = to; i < at; ++i) // a column past the end of the line
        pad += QLatin1Char(' ');
    const qsizetype caret = qMax(qsizetype(1), qMin(marked, qMax(qsizetype(1), to - at)));
    const QString marker = QLatin1Char('^') + QString(caret - 1, QLatin1Char('~'));
    return toString() + QLatin1Char('\n') + indent + shown + QLatin1Char('\n') + indent + pad +
           marker;
}

} // namespace volnux
