// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Colours a QCustomPlot's frame (background, axes, labels, grid, legend) from a palette, so plots
// follow the studio's theme. The data colours (outcomes, waits) stay: they mean something. Also
// fits a legend that sits in a row of its own to the plot's width.

class QCPLegend;
class QCustomPlot;
class QPalette;

namespace volnux {

class PlotTheme
{
public:
    static void apply(QCustomPlot *plot, const QPalette &palette);
    // All entries in one row if they fit `width` pixels, else three, two or one a row.
    static void wrapLegend(QCPLegend *legend, int width);
};

} // namespace volnux
