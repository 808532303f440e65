// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The run timeline's legend: one swatch per state the bars can show (success, error, returned
// failure, cancelled, running, backoff), each with the colour and pattern the bars use, in a row
// above the plot that wraps when the plot is narrow.

class QCustomPlot;

namespace volnux {

class TimelineLegend
{
public:
    // Puts the legend on `plot`; its own plottables (the bars) stay out of it.
    static void install(QCustomPlot *plot);
    // One row when it fits the plot's width, else as many rows as needed.
    static void fit(QCustomPlot *plot);
};

} // namespace volnux
