// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Trends view's four plots over a project's last runs, oldest on the left, labelled by run
// id: run duration; per event the median and 95th percentile of its tasks' durations; failure
// rate and attempts per task; and the time tasks actually spent waiting to retry. Each plot has
// the export context menu. GUI thread only.

#include "core/store/RunTrendPoint.h"

#include <QWidget>

class QCustomPlot;

namespace volnux {

class TrendPlots : public QWidget
{
    Q_OBJECT
public:
    // Events beyond this many get no line of their own: the legend would drown the plot.
    static constexpr int kMaxEventLines = 8;

    explicit TrendPlots(QWidget *parent = nullptr);
    void setPoints(const std::vector<RunTrendPoint> &points);

    QCustomPlot *durationPlot() const { return m_duration; }
    QCustomPlot *eventPlot() const { return m_events; }
    QCustomPlot *failurePlot() const { return m_failures; }
    QCustomPlot *waitPlot() const { return m_waits; }
    QList<QCustomPlot *> plots() const { return {m_duration, m_events, m_failures, m_waits}; }

protected:
    void changeEvent(QEvent *event) override; // follows the theme

private:
    QCustomPlot *makePlot(const QString &name, const QString &title, const QString &valueLabel);
    void fillDuration(const std::vector<RunTrendPoint> &points);
    void fillEvents(const std::vector<RunTrendPoint> &points);
    void fillFailures(const std::vector<RunTrendPoint> &points);
    void fillWaits(const std::vector<RunTrendPoint> &points);
    void setRunTicks(const std::vector<RunTrendPoint> &points);

    QCustomPlot *m_duration;
    QCustomPlot *m_events;
    QCustomPlot *m_failures;
    QCustomPlot *m_waits;
};

} // namespace volnux
