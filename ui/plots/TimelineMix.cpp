// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineMix.h"

#include <algorithm>
#include <cmath>

namespace volnux {

void TimelineMix::reset(QSize size)
{
    m_size = size.expandedTo(QSize(0, 0));
    m_weights.assign(size_t(m_size.width()) * size_t(m_size.height()) * kSlots, 0.0f);
}

void TimelineMix::add(int slot, int row, double x0, double x1)
{
    const int width = m_size.width();
    if (row < 0 || row >= m_size.height() || width == 0 || x1 < 0 || x0 >= width)
        return;
    x0 = std::max(x0, 0.0);
    x1 = std::min(x1, double(width));
    const int column = std::min(int(x0), width - 1);
    if (x1 - x0 < 1.0) { // a sliver or an instant weighs a whole pixel, as it is drawn
        cell(column, row)[slot] += 1.0f;
        return;
    }
    const int last = std::min(width - 1, int(std::ceil(x1)) - 1);
    for (int column = int(x0); column <= last; ++column) {
        const double covered = std::min(x1, column + 1.0) - std::max(x0, double(column));
        if (covered > 0)
            cell(column, row)[slot] += float(covered);
    }
}

QImage TimelineMix::image(const std::array<QColor, kSlots> &colours) const
{
    QImage picture(m_size, QImage::Format_ARGB32_Premultiplied);
    picture.fill(Qt::transparent);
    float red[kSlots], green[kSlots], blue[kSlots];
    for (int slot = 0; slot < kSlots; ++slot) {
        red[slot] = float(colours[size_t(slot)].red());
        green[slot] = float(colours[size_t(slot)].green());
        blue[slot] = float(colours[size_t(slot)].blue());
    }
    const float *weights = m_weights.data();
    for (int y = 0; y < m_size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(picture.scanLine(y));
        for (int x = 0; x < m_size.width(); ++x, weights += kSlots) {
            float total = 0, r = 0, g = 0, b = 0;
            for (int slot = 0; slot < kSlots; ++slot) {
                total += weights[slot];
                r += weights[slot] * red[slot];
                g += weights[slot] * green[slot];
                b += weights[slot] * blue[slot];
            }
            if (total > 0)
                line[x] = qRgb(int(r / total + 0.5f), int(g / total + 0.5f), int(b / total + 0.5f));
        }
    }
    return picture;
}

} // namespace volnux
