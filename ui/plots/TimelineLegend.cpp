// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineLegend.h"

#include "ui/plots/PlotTheme.h"
#include "ui/plots/QcpInclude.h"
#include "ui/plots/TimelineSlots.h"

namespace volnux {

namespace {

// A legend entry with nothing to draw in the plot: a swatch of a timeline slot's colour and
// pattern (a hatched wash for backoff, as the gaps are drawn).
class Swatch : public QCPAbstractPlottable
{
public:
    Swatch(QCPAxis *key, QCPAxis *value, int slot, const QString &name)
        : QCPAbstractPlottable(key, value), m_slot(slot)
    {
        setName(name);
        setSelectable(QCP::stNone);
    }
    double selectTest(const QPointF &, bool, QVariant * = nullptr) const override { return -1; }
    QCPRange getKeyRange(bool &found, QCP::SignDomain = QCP::sdBoth) const override
    {
        found = false;
        return {};
    }
    QCPRange getValueRange(bool &found, QCP::SignDomain = QCP::sdBoth,
                           const QCPRange & = QCPRange()) const override
    {
        found = false;
        return {};
    }

protected:
    void draw(QCPPainter *) override {}
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override
    {
        paintSlot(painter, m_slot, &rect, 1);
    }

private:
    int m_slot;
};

} // namespace

void TimelineLegend::install(QCustomPlot *plot)
{
    for (int i = 0; i < plot->plottableCount(); ++i)
        plot->plottable(i)->removeFromLegend();
    const std::pair<int, QString> entries[] = {
        {SuccessSlot, StatusStyle::label(AttemptOutcome::Success)},
        {ErrorSlot, StatusStyle::label(AttemptOutcome::Error)},
        {FailureSlot, StatusStyle::label(AttemptOutcome::Failure)},
        {CancelledSlot, StatusStyle::label(AttemptOutcome::Cancelled)},
        {RunningSlot, StatusStyle::label(TaskStatus::Running)},
        {BackoffSlot, StatusStyle::label(TaskStatus::WaitingToRetry)},
    };
    for (const auto &[slot, name] : entries)
        new Swatch(plot->xAxis, plot->yAxis, slot, name); // added to the legend by QCustomPlot
    QCPLegend *legend = plot->legend;
    legend->setVisible(true);
    legend->setBrush(Qt::NoBrush);
    legend->setBorderPen(Qt::NoPen);
    legend->setIconSize(16, 10);
    legend->setRowSpacing(0);
    legend->setColumnSpacing(10);
    // In a row of its own above the plot: inside, it would hide the first lanes.
    plot->axisRect()->insetLayout()->take(legend);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, legend);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    plot->plotLayout()->setRowSpacing(0);
    fit(plot);
}

void TimelineLegend::fit(QCustomPlot *plot)
{
    PlotTheme::wrapLegend(plot->legend, plot->width());
}

} // namespace volnux
