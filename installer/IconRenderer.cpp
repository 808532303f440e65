// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: renders an SVG icon into the PNG sizes of the hicolor icon theme, for desktops and
// software centres that want bitmaps next to the scalable icon.
//   volnux-icon-renderer <icon.svg> <output dir> <size>...   writes <dir>/<size>x<size>.png

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {

bool render(QSvgRenderer &svg, int size, const QString &path)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    svg.render(&painter);
    painter.end();
    return image.save(path, "PNG");
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 4) {
        std::fputs("usage: volnux-icon-renderer <icon.svg> <output dir> <size>...\n", stderr);
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    for (qsizetype i = 3; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        const QString path = QStringLiteral("%1/%2x%2.png").arg(args.at(2)).arg(size);
        if (size <= 0 || !render(svg, size, path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
