// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/PlotExport.h"

#include "ui/plots/QcpInclude.h"

#include <QFileInfo>
#include <QSvgGenerator>

namespace volnux {

std::optional<PlotExport::Format> PlotExport::formatOfPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString PlotExport::fileFilter()
{
    return QObject::tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)");
}

Result<bool> PlotExport::save(QCustomPlot *plot, const QString &path, QSize size)
{
    const std::optional<Format> format = formatOfPath(path);
    if (!format)
        return Result<bool>::failure(
            QObject::tr("%1: a picture is saved as .png, .svg or .pdf").arg(path));
    return save(plot, path, *format, size);
}

Result<bool> PlotExport::save(QCustomPlot *plot, const QString &path, Format format, QSize size)
{
    if (size.isEmpty())
        size = plot->size();
    bool saved = false;
    switch (format) {
    case Format::Png:
        saved = plot->savePng(path, size.width(), size.height());
        break;
    case Format::Pdf:
        saved = plot->savePdf(path, size.width(), size.height());
        break;
    case Format::Svg:
        saved = saveSvg(plot, path, size);
        break;
    }
    if (!saved)
        return Result<bool>::failure(QObject::tr("cannot write %1").arg(path));
    return true;
}

bool PlotExport::saveSvg(QCustomPlot *plot, const QString &path, QSize size)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(plot->objectName());
    QCPPainter painter;
    if (!painter.begin(&svg))
        return false;
    plot->toPainter(&painter, size.width(), size.height());
    return painter.end();
}

} // namespace volnux
