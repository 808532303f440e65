// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Saves a QCustomPlot as a picture: PNG, SVG (through QSvgGenerator) or PDF, at the size it is
// shown or at a size the user picks. The format comes from the file's suffix. GUI thread only
// (the plot paints itself).

#include "core/Result.h"

#include <QSize>

#include <optional>

class QCustomPlot;

namespace volnux {

class PlotExport
{
public:
    enum class Format
    {
        Png,
        Svg,
        Pdf
    };
    // From "name.png", ".svg", ".pdf" (any case); none for another suffix.
    static std::optional<Format> formatOfPath(const QString &path);
    // The file-dialog filter naming the three formats.
    static QString fileFilter();

    // An empty `size` saves at the size shown.
    static Result<bool> save(QCustomPlot *plot, const QString &path, QSize size = {});
    static Result<bool> save(QCustomPlot *plot, const QString &path, Format format, QSize size);

private:
    static bool saveSvg(QCustomPlot *plot, const QString &path, QSize size);
};

} // namespace volnux
