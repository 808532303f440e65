// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The timelines of runs A and B one above the other on a shared time axis: zooming or panning
// one moves the other, and the lanes of the tasks that changed between the runs are highlighted
// in both. Each is the monitor's RunTimeline, per-task lanes. GUI thread only.

#include "core/store/StoredRunComparison.h"

#include <QWidget>

namespace volnux {

class RunTimeline;

class CompareTimelines : public QWidget
{
    Q_OBJECT
public:
    explicit CompareTimelines(QWidget *parent = nullptr);

    // `comparison` must outlive this view's use of it (RunCompareView owns both).
    void setComparison(const StoredRunComparison *comparison);
    RunTimeline *timelineA() const { return m_a; }
    RunTimeline *timelineB() const { return m_b; }
    int highlightedLanes(const RunTimeline *timeline) const;

private:
    void highlight(RunTimeline *timeline, const RunState &state,
                   const std::vector<RunComparison::Task> &tasks);
    void shareTimeAxis();
    void fitBoth();

    RunTimeline *m_a;
    RunTimeline *m_b;
    const StoredRunComparison *m_comparison = nullptr;
};

} // namespace volnux
