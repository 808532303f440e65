// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plots/PlotTheme.h"

#include "ui/plots/QcpInclude.h"

namespace volnux {

void PlotTheme::apply(QCustomPlot *plot, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = palette.color(QPalette::Mid);
    plot->setBackground(palette.base());
    for (QCPAxis *axis : plot->axisRect()->axes()) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    }
    if (plot->legend) {
        plot->legend->setBrush(palette.base());
        plot->legend->setTextColor(text);
        plot->legend->setBorderPen(QPen(grid));
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotTheme::wrapLegend(QCPLegend *legend, int width)
{
    const int room = width - 8;
    for (int wrap : {0, 3, 2, 1}) {
        legend->setWrap(wrap);
        legend->setFillOrder(QCPLegend::foColumnsFirst, true);
        if (legend->minimumOuterSizeHint().width() <= room)
            break;
    }
}

} // namespace volnux
