// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A live chart of a retry policy: bars for the wait before every attempt, a line for the
// cumulative worst-case waiting time, and the max_backoff cap drawn across. GUI thread only.

#include "core/retry/RetryPolicy.h"

#include <QList>
#include <QWidget>

class QCustomPlot;
class QCPBars;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QLabel;

namespace volnux {

class BackoffPreview : public QWidget
{
    Q_OBJECT
public:
    // Longer policies are summarised; bars past this count would be unreadable.
    static constexpr int kMaxShownAttempts = 40;

    explicit BackoffPreview(QWidget *parent = nullptr);

    void setPolicy(const RetryPolicy &policy);
    // The wait in seconds before attempts 1..n (attempt 1 never waits) and their running sum.
    static QList<double> waitsBeforeAttempts(const RetryPolicy &policy, int limit);
    static QList<double> cumulative(const QList<double> &waits);

    QCustomPlot *plot() const { return m_plot; }
    QString summary() const;
    // As tall as its minimum: the chart grows only into room its column gives it.
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;       // follows the theme
    void resizeEvent(QResizeEvent *event) override; // the legend wraps when narrow

private:
    void updateCap(const RetryPolicy &policy, double top);
    void fitLegend();
    void fitAxisLabels();

    QCustomPlot *m_plot;
    QCPBars *m_randomPart; // jitter: from the shortest wait up to the longest, behind the rest
    QCPBars *m_waits;
    QCPBars *m_cappedWaits;
    QCPGraph *m_total;
    QCPItemStraightLine *m_cap;
    QCPItemText *m_capLabel;
    QLabel *m_summary;
};

} // namespace volnux
