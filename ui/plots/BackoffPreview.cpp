// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h uses Qt's `foreach` in its templates: the policy's QT_NO_FOREACH must not reach
// it, so it comes first, before any Qt header defines the keywords.
#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "BackoffPreview.h"
#include "ui/plots/PlotTheme.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace volnux {

// In the user's language's number format ("1,5 s" in German).
static QString formatSeconds(double seconds)
{
    const QLocale locale;
    if (seconds < 1)
        return BackoffPreview::tr("%1 ms").arg(locale.toString(seconds * 1000, 'g', 3));
    if (seconds < 120)
        return BackoffPreview::tr("%1 s").arg(locale.toString(seconds, 'g', 4));
    if (seconds < 7200)
        return BackoffPreview::tr("%1 min").arg(locale.toString(seconds / 60, 'g', 3));
    return BackoffPreview::tr("%1 h").arg(locale.toString(seconds / 3600, 'g', 3));
}

BackoffPreview::BackoffPreview(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_summary);
    m_summary->setWordWrap(true);
    m_plot->setMinimumSize(240, 134); // it grows with the room it is given
    m_plot->setAccessibleName(tr("Backoff chart"));
    m_plot->setAccessibleDescription(
        tr("The wait before each attempt and their running total; the text below it sums it up."));
    m_plot->setBackground(palette().base());

    const QColor text = palette().color(QPalette::Text);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
    }
    m_plot->xAxis->setLabel(tr("attempt"));
    // Attempts are whole numbers: one tick each, never 1.5.
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setLabel(tr("wait before attempt (s)"));
    m_plot->yAxis2->setLabel(tr("cumulative wait (s)"));
    m_plot->yAxis2->setVisible(true);
    m_plot->xAxis->grid()->setVisible(false);

    // First, so it is drawn behind the bars of the certain part of each wait.
    m_randomPart = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_randomPart->setName(tr("jitter range"));
    m_randomPart->setPen(QPen(QColor(0x3d, 0x8e, 0xd8), 1, Qt::DashLine));
    m_randomPart->setBrush(QBrush(QColor(0x3d, 0x8e, 0xd8), Qt::BDiagPattern));
    m_randomPart->setWidth(0.7);
    m_waits = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_waits->setName(tr("wait"));
    m_waits->setPen(Qt::NoPen);
    m_waits->setBrush(QColor(0x3d, 0x8e, 0xd8));
    m_waits->setWidth(0.7);
    m_cappedWaits = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_cappedWaits->setName(tr("wait (capped)"));
    m_cappedWaits->setPen(Qt::NoPen);
    m_cappedWaits->setBrush(QColor(0xe0, 0x8a, 0x2c));
    m_cappedWaits->setWidth(0.7);
    m_total = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    m_total->setName(tr("cumulative worst case"));
    m_total->setPen(QPen(QColor(0x2e, 0xa0, 0x5a), 2));
    m_total->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));

    m_cap = new QCPItemStraightLine(m_plot);
    m_cap->setPen(QPen(QColor(0xd9, 0x41, 0x3a), 1.5, Qt::DashLine));
    m_capLabel = new QCPItemText(m_plot);
    m_capLabel->setColor(QColor(0xd9, 0x41, 0x3a));
    // Left-aligned: the early attempts wait least, so the left end of the cap line is clear.
    m_capLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_capLabel->position->setTypeX(QCPItemPosition::ptAxisRectRatio);

    // The legend sits in its own row above the plot: inside, it hid the first bars it explains.
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(palette().base());
    m_plot->legend->setTextColor(text);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setRowSpacing(0);
    m_plot->legend->setColumnSpacing(12);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->plotLayout()->setRowSpacing(0);
    setPolicy(RetryPolicy{});
}

QList<double> BackoffPreview::waitsBeforeAttempts(const RetryPolicy &policy, int limit)
{
    QList<double> waits;
    const int shown = std::min(policy.max_attempts, limit);
    for (int attempt = 1; attempt <= shown; ++attempt)
        waits << (attempt == 1 ? 0.0 : std::max(0.0, policy.backoffAfterAttempt(attempt - 1)));
    return waits;
}

QList<double> BackoffPreview::cumulative(const QList<double> &waits)
{
    QList<double> sums;
    double sum = 0;
    for (double wait : waits)
        sums << (sum += wait);
    return sums;
}

void BackoffPreview::setPolicy(const RetryPolicy &policy)
{
    const QList<double> waits = waitsBeforeAttempts(policy, kMaxShownAttempts);
    const QList<double> totals = cumulative(waits);
    QVector<double> x, free, capped, longest;
    const bool jitter = policy.jitter != BackoffJitter::None;
    for (int i = 0; i < waits.size(); ++i) {
        x << i + 1;
        // With jitter the solid bar is the shortest wait; the hatched one behind reaches the
        // longest, the formula's.
        const double certain = i == 0 ? 0.0 : std::max(0.0, policy.shortestBackoffAfterAttempt(i));
        // A bar at the cap is drawn in the cap's colour so the user sees where growth stops.
        const bool atCap =
            i > 0 && policy.backoff_factor * std::pow(2.0, i - 1) >= policy.max_backoff;
        free << (atCap ? 0 : certain);
        capped << (atCap ? certain : 0);
        longest << (jitter ? waits[i] : 0);
    }
    m_randomPart->setData(x, longest, true);
    // In the legend only when it is drawn.
    if (jitter)
        m_randomPart->addToLegend();
    else
        m_randomPart->removeFromLegend();
    fitLegend();
    m_waits->setData(x, free, true);
    m_cappedWaits->setData(x, capped, true);
    m_total->setData(x, QVector<double>(totals.cbegin(), totals.cend()), true);

    const double top = waits.isEmpty() ? 1 : *std::max_element(waits.cbegin(), waits.cend());
    m_plot->xAxis->setRange(0.4, std::max<int>(2, int(waits.size())) + 0.6);
    m_plot->yAxis->setRange(
        0, std::max({top, policy.max_backoff < top * 4 ? policy.max_backoff : 0.0, 1e-3}) * 1.15);
    m_plot->yAxis2->setRange(0, std::max(totals.isEmpty() ? 0 : totals.last(), 1e-3) * 1.1);
    updateCap(policy, top);

    const double worst = totals.isEmpty() ? 0 : totals.last();
    QString text = tr("%n attempt(s); worst-case waiting %1", nullptr, policy.max_attempts)
                       .arg(formatSeconds(worst));
    if (policy.max_attempts > kMaxShownAttempts)
        text += tr(" over the first %1 attempts shown").arg(kMaxShownAttempts);
    if (policy.jitter == BackoffJitter::Full)
        text += tr("; with full jitter each wait is drawn between 0 and its bar's top");
    else if (policy.jitter == BackoffJitter::Equal)
        text += tr("; with equal jitter each wait is drawn between half and all of its bar");
    m_summary->setText(text + QLatin1Char('.'));
    m_plot->replot();
}

void BackoffPreview::updateCap(const RetryPolicy &policy, double top)
{
    // Only draw the cap when it is in view; far above the bars it would squash them flat.
    const bool visible = policy.max_backoff <= m_plot->yAxis->range().upper;
    m_cap->setVisible(visible);
    m_capLabel->setVisible(visible);
    m_cap->point1->setCoords(0, policy.max_backoff);
    m_cap->point2->setCoords(1, policy.max_backoff);
    m_capLabel->position->setCoords(0.02, policy.max_backoff);
    m_capLabel->setText(tr("max_backoff %1").arg(formatSeconds(policy.max_backoff)));
    Q_UNUSED(top);
}

QString BackoffPreview::summary() const
{
    return m_summary->text();
}

QSize BackoffPreview::sizeHint() const
{
    return {QWidget::sizeHint().width(), minimumSizeHint().height()};
}

void BackoffPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLegend();
    fitAxisLabels();
    m_plot->replot();
}

// A chart squeezed below 200 pixels (three editor columns on a 1280x800 screen) has no room for
// its rotated axis titles: cut off, they read "vait before attem". They are left out, not cut;
// the legend says what the bars and the line are.
void BackoffPreview::fitAxisLabels()
{
    const QColor colour =
        height() < 200 ? QColor(Qt::transparent) : palette().color(QPalette::Text);
    m_plot->yAxis->setLabelColor(colour);
    m_plot->yAxis2->setLabelColor(colour);
}

void BackoffPreview::fitLegend()
{
    // Narrow (the editor's three columns on a 1280-pixel screen), the legend keeps to one row
    // with smaller icons and text; only narrower still does it wrap, taking height from the bars.
    QCPLegend *legend = m_plot->legend;
    const bool compact = width() < 460;
    QFont font = m_plot->font();
    if (compact)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    legend->setFont(font);
    legend->setIconSize(compact ? QSize(12, 9) : QSize(32, 18));
    legend->setColumnSpacing(compact ? 4 : 12);
    PlotTheme::wrapLegend(legend, width());
}

void BackoffPreview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        PlotTheme::apply(m_plot, palette());
        fitAxisLabels();
    }
}

} // namespace volnux
