// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Colours a QCustomPlot's frame (background, axes, labels, grid, legend) from a palette, so plots
// follow the studio's theme. The data colours (outcomes, waits) stay: they mean something.

class QCustomPlot;
class QPalette;

namespace volnux {

class PlotTheme
{
public:
    static void apply(QCustomPlot *plot, const QPalette &palette);
};

} // namespace volnux
