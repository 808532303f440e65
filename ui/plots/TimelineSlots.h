// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the run timeline paints, slot by slot: the states an attempt or a gap can be in, each with
// its colour and, for outcomes, a pattern (outcomes never differ by colour alone). Shared by the
// bars, the dense mix and the legend.

#include "core/observe/RunState.h"
#include "ui/monitor/StatusStyle.h"

#include <QColor>
#include <QPainter>

namespace volnux {

// Paint slots, in drawing order: later slots stay visible where merged bars overlap.
enum TimelineSlot
{
    BackoffSlot,
    SuccessSlot,
    CancelledSlot,
    FailureSlot,
    ErrorSlot,
    RunningSlot,
    SlotCount
};

inline TimelineSlot slotOf(const AttemptState &attempt)
{
    if (!attempt.finished)
        return RunningSlot;
    switch (attempt.outcome) {
    case AttemptOutcome::Success:
        return SuccessSlot;
    case AttemptOutcome::Failure:
        return FailureSlot;
    case AttemptOutcome::Error:
        return ErrorSlot;
    case AttemptOutcome::Cancelled:
        return CancelledSlot;
    }
    return SuccessSlot;
}

inline QColor slotColor(int slot)
{
    switch (slot) {
    case BackoffSlot:
        return StatusStyle::backoffColor();
    case SuccessSlot:
        return StatusStyle::color(AttemptOutcome::Success);
    case CancelledSlot:
        return StatusStyle::color(AttemptOutcome::Cancelled);
    case FailureSlot:
        return StatusStyle::color(AttemptOutcome::Failure);
    case ErrorSlot:
        return StatusStyle::color(AttemptOutcome::Error);
    case RunningSlot:
        return StatusStyle::runningColor();
    }
    return {};
}

// Outcomes differ by pattern as well as colour (bars tall enough to show one): plain success,
// cross-hatched error, lined returned failure, dotted cancelled; running grows to the "now" line.
inline Qt::BrushStyle patternOf(int slot)
{
    switch (slot) {
    case ErrorSlot:
        return Qt::DiagCrossPattern;
    case FailureSlot:
        return Qt::HorPattern;
    case CancelledSlot:
        return Qt::Dense6Pattern;
    default:
        return Qt::NoBrush;
    }
}

// Paints `count` rectangles as the timeline shows `slot`: an outlined fill with the outcome's
// pattern on top, or for a wait a light wash, hatched, with a dashed outline.
inline void paintSlot(QPainter *painter, int slot, const QRectF *rects, int count)
{
    const QColor color = slotColor(slot);
    if (slot == BackoffSlot) {
        QColor wash = color;
        wash.setAlpha(45);
        painter->setPen(Qt::NoPen);
        painter->setBrush(wash);
        painter->drawRects(rects, count);
        painter->setBrush(QBrush(color, Qt::BDiagPattern));
        painter->setPen(QPen(color, 1, Qt::DashLine));
        painter->drawRects(rects, count);
        return;
    }
    painter->setPen(QPen(color.darker(135), 1));
    painter->setBrush(color);
    painter->drawRects(rects, count);
    if (patternOf(slot) != Qt::NoBrush) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QBrush(color.darker(170), patternOf(slot)));
        painter->drawRects(rects, count);
    }
}

} // namespace volnux
