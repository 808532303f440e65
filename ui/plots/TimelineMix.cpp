// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineMix.h"

#include <algorithm>
#include <cmath>

namespace volnux {

void TimelineMix::reset(QSize size)
{
    size = size.expandedTo(QSize(0, 0));
    if (size != m_size) {
        m_size = size;
        m_weights.assign(size_t(m_size.width()) * size_t(m_size.height()) * kSlots, 0.0f);
        m_spans.assign(size_t(m_size.height()), Span());
        return;
    }
    for (int y = 0; y < m_size.height(); ++y) {
        Span &span = m_spans[size_t(y)];
        if (span.last >= span.first)
            std::fill(cell(span.first, y), cell(span.last, y) + kSlots, 0.0f);
        span = Span();
    }
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
        touch(row, column, column);
        return;
    }
    const int last = std::min(width - 1, int(std::ceil(x1)) - 1);
    touch(row, int(x0), last);
    for (int column = int(x0); column <= last; ++column) {
        const double covered = std::min(x1, column + 1.0) - std::max(x0, double(column));
        if (covered > 0)
            cell(column, row)[slot] += float(covered);
    }
}

QImage TimelineMix::image(const std::array<QColor, kSlots> &colours) const
{
    // The picture's storage is kept too: a fresh one costs the system its pages at every repaint.
    if (m_picture.size() != m_size)
        m_picture = QImage(m_size, QImage::Format_ARGB32_Premultiplied);
    QImage &picture = m_picture;
    picture.fill(Qt::transparent);
    float red[kSlots], green[kSlots], blue[kSlots];
    for (int slot = 0; slot < kSlots; ++slot) {
        red[slot] = float(colours[size_t(slot)].red());
        green[slot] = float(colours[size_t(slot)].green());
        blue[slot] = float(colours[size_t(slot)].blue());
    }
    for (int y = 0; y < m_size.height(); ++y) {
        const Span span = m_spans[size_t(y)];
        auto *line = reinterpret_cast<QRgb *>(picture.scanLine(y));
        for (int x = span.first; x <= span.last; ++x) {
            const float *weights = cell(x, y);
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
