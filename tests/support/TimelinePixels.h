// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For the timeline's pixel tests: a run of one-second tasks of which every `failEvery`-th fails,
// and a count of the pixels nearer the success green or the error red.

#include "tests/support/RecordBuilders.h"
#include "ui/monitor/StatusStyle.h"

#include <QImage>

#include <cstdlib>

namespace volnux::test {

inline RunRecords oneSecondTasks(int tasks, int failEvery)
{
    RunRecord event = rec(RecordType::EventStarted, 0);
    event.total = tasks;
    RunRecords records{rec(RecordType::RunStarted, 0), event};
    for (int task = 0; task < tasks; ++task) {
        records.push_back(rec(RecordType::TaskQueued, 0, task));
        records.push_back(rec(RecordType::AttemptStarted, 0, task, 1));
        RunRecord end = rec(RecordType::AttemptFinished, 1000, task, 1);
        end.start = 0;
        end.end = 1000;
        end.outcome =
            task % failEvery == failEvery - 1 ? AttemptOutcome::Error : AttemptOutcome::Success;
        records.push_back(end);
    }
    return records;
}

struct GreenAndRed
{
    int greenish = 0;
    int reddish = 0;
};

// The pixels of `area` (one row when its height is 1) nearer green than red and greener than red,
// and the other way round.
inline GreenAndRed countGreenAndRed(const QImage &image, const QRect &area)
{
    const QColor green = StatusStyle::color(AttemptOutcome::Success);
    const QColor red = StatusStyle::color(AttemptOutcome::Error);
    const auto distance = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
               std::abs(a.blue() - b.blue());
    };
    GreenAndRed count;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (distance(c, green) < distance(c, red) && c.green() > c.red())
                ++count.greenish;
            else if (distance(c, red) < distance(c, green) && c.red() > c.green())
                ++count.reddish;
        }
    return count;
}

} // namespace volnux::test
