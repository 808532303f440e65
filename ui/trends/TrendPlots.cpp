// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/trends/TrendPlots.h"

#include "ui/export/ExportMenu.h"
#include "ui/monitor/StatusStyle.h"
#include "ui/plots/PlotTheme.h"
#include "ui/plots/QcpInclude.h"

#include <QGridLayout>

namespace volnux {

namespace {

QColor lineColour(int i)
{
    static const QList<QColor> colours{
        QColor(31, 119, 180), QColor(255, 127, 14),  QColor(44, 160, 44),   QColor(148, 103, 189),
        QColor(140, 86, 75),  QColor(227, 119, 194), QColor(127, 127, 127), QColor(23, 190, 207)};
    return colours[i % colours.size()];
}

QVector<double> keys(size_t n)
{
    QVector<double> out;
    for (size_t i = 0; i < n; ++i)
        out << double(i);
    return out;
}

void fitValues(QCustomPlot *plot, size_t runs)
{
    plot->rescaleAxes();
    plot->xAxis->setRange(-0.6, std::max(double(runs) - 0.4, 0.6));
    for (QCPAxis *axis : {plot->yAxis, plot->yAxis2}) {
        if (axis->visible())
            axis->setRange(0, std::max(axis->range().upper * 1.1, 1e-3));
    }
}

} // namespace

TrendPlots::TrendPlots(QWidget *parent)
    : QWidget(parent),
      m_duration(makePlot(QStringLiteral("runDurationPlot"), tr("Run duration"), tr("seconds"))),
      m_events(makePlot(QStringLiteral("eventDurationPlot"),
                        tr("Task duration per event: median (solid), 95th percentile (dashed)"),
                        tr("seconds"))),
      m_failures(makePlot(QStringLiteral("failurePlot"), tr("Failure rate and attempts per task"),
                          tr("% of tasks failed"))),
      m_waits(makePlot(QStringLiteral("retryWaitPlot"), tr("Time spent waiting to retry"),
                       tr("seconds, all tasks")))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_duration, 0, 0);
    grid->addWidget(m_events, 0, 1);
    grid->addWidget(m_failures, 1, 0);
    grid->addWidget(m_waits, 1, 1);
    m_failures->yAxis2->setVisible(true);
    m_failures->yAxis2->setLabel(tr("attempts per task"));
}

QCustomPlot *TrendPlots::makePlot(const QString &name, const QString &title,
                                  const QString &valueLabel)
{
    auto *plot = new QCustomPlot;
    plot->setObjectName(name);
    plot->setMinimumSize(260, 160);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title));
    plot->xAxis->setLabel(tr("run"));
    plot->yAxis->setLabel(valueLabel);
    plot->legend->setVisible(false);
    QColor legendBack = palette().color(QPalette::Base);
    legendBack.setAlpha(200); // the lines stay visible behind it
    plot->legend->setBrush(legendBack);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->axisRect()->setRangeZoom(Qt::Horizontal);
    plot->axisRect()->setRangeDrag(Qt::Horizontal);
    PlotTheme::apply(plot, palette());
    ExportMenu::attach(plot);
    return plot;
}

void TrendPlots::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    for (QCustomPlot *plot : plots()) {
        PlotTheme::apply(plot, palette());
        static_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0))
            ->setTextColor(palette().color(QPalette::WindowText));
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void TrendPlots::setPoints(const std::vector<RunTrendPoint> &points)
{
    for (QCustomPlot *plot : plots()) {
        plot->clearPlottables();
        plot->legend->setVisible(false);
        static_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0))
            ->setTextColor(palette().color(QPalette::WindowText));
    }
    fillDuration(points);
    fillEvents(points);
    fillFailures(points);
    fillWaits(points);
    setRunTicks(points);
    for (QCustomPlot *plot : plots()) {
        fitValues(plot, points.size());
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void TrendPlots::setRunTicks(const std::vector<RunTrendPoint> &points)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const size_t step = std::max<size_t>(1, points.size() / 10); // about ten labels
    for (size_t i = 0; i < points.size(); i += step)
        ticker->addTick(double(i), QString::number(points[i].run));
    for (QCustomPlot *plot : plots())
        plot->xAxis->setTicker(ticker);
}

void TrendPlots::fillDuration(const std::vector<RunTrendPoint> &points)
{
    QVector<double> all, failedKeys, failed;
    for (size_t i = 0; i < points.size(); ++i) {
        all << points[i].durationMs / 1000.0;
        if (points[i].status != RunStatus::Succeeded) {
            failedKeys << double(i);
            failed << points[i].durationMs / 1000.0;
        }
    }
    QCPGraph *line = m_duration->addGraph();
    line->setName(tr("duration"));
    line->setPen(QPen(lineColour(0), 2));
    line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
    line->setData(keys(points.size()), all, true);
    QCPGraph *marks = m_duration->addGraph();
    marks->setName(tr("did not succeed"));
    marks->setLineStyle(QCPGraph::lsNone);
    marks->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, StatusStyle::color(TaskStatus::Failed), 11));
    marks->setData(failedKeys, failed, true);
    m_duration->legend->setVisible(!failed.isEmpty());
}

void TrendPlots::fillEvents(const std::vector<RunTrendPoint> &points)
{
    QStringList names;
    for (const RunTrendPoint &p : points)
        for (const EventTrend &e : p.events)
            if (!names.contains(e.name) && names.size() < kMaxEventLines)
                names << e.name;
    for (int n = 0; n < names.size(); ++n) {
        QVector<double> x, median, p95;
        for (size_t i = 0; i < points.size(); ++i) {
            for (const EventTrend &e : points[i].events) {
                if (e.name == names[n] && e.tasks > 0) {
                    x << double(i);
                    median << e.medianMs / 1000.0;
                    p95 << e.p95Ms / 1000.0;
                }
            }
        }
        QCPGraph *m = m_events->addGraph();
        m->setName(names[n]);
        m->setPen(QPen(lineColour(n), 2));
        m->setData(x, median, true);
        QCPGraph *p = m_events->addGraph();
        p->setPen(QPen(lineColour(n), 1, Qt::DashLine));
        p->setData(x, p95, true);
        p->removeFromLegend();
    }
    m_events->legend->setVisible(!names.isEmpty());
    m_events->legend->setFont(font());
}

void TrendPlots::fillFailures(const std::vector<RunTrendPoint> &points)
{
    QVector<double> rate, attempts;
    for (const RunTrendPoint &p : points) {
        rate << p.failureRate() * 100.0;
        attempts << p.attemptsPerTask();
    }
    QCPGraph *failed = m_failures->addGraph();
    failed->setName(tr("failed (%)"));
    failed->setPen(QPen(StatusStyle::color(TaskStatus::Failed), 2));
    failed->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    failed->setData(keys(points.size()), rate, true);
    QCPGraph *tries = m_failures->addGraph(m_failures->xAxis, m_failures->yAxis2);
    tries->setName(tr("attempts per task"));
    tries->setPen(QPen(lineColour(0), 2, Qt::DashLine));
    tries->setData(keys(points.size()), attempts, true);
    m_failures->legend->setVisible(true);
}

void TrendPlots::fillWaits(const std::vector<RunTrendPoint> &points)
{
    QVector<double> waits;
    for (const RunTrendPoint &p : points)
        waits << p.retryWaitMs / 1000.0;
    auto *bars = new QCPBars(m_waits->xAxis, m_waits->yAxis);
    bars->setName(tr("retry waits"));
    bars->setWidth(0.6);
    bars->setPen(Qt::NoPen);
    bars->setBrush(StatusStyle::backoffColor());
    bars->setData(keys(points.size()), waits, true);
}

} // namespace volnux
