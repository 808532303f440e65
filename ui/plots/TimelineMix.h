// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A dense timeline's picture (lanes thinner than a few pixels: thousands to millions of tasks),
// built per pixel cell instead of bar by bar. Every attempt and backoff adds to the cells it
// covers, weighted by the time it covers there, and each cell is then painted in the mix of the
// states under it, in proportion: a pixel over 80 successes and 20 errors is a green with a touch
// of red, never whichever bar happened to be drawn last. The weights stay allocated between
// repaints, and only the cells something was added to since the last reset are cleared and read
// (a run's bars fill a band of the picture, not all of it). GUI thread only.

#include <QColor>
#include <QImage>
#include <QSize>

#include <algorithm>
#include <array>
#include <climits>
#include <vector>

namespace volnux {

class TimelineMix
{
public:
    static constexpr int kSlots = 6;

    // An empty picture of `size` pixels.
    void reset(QSize size);
    // Something in state `slot` on pixel row `row` from x0 to x1 (pixels, x0 <= x1). Anything
    // narrower than a pixel weighs a whole pixel where it starts, as a bar is never drawn thinner:
    // a million no-op tasks of 0 ms count as much as the errors beside them.
    void add(int slot, int row, double x0, double x1);
    // The picture: each covered cell the weighted mix of `colours`, the rest transparent.
    QImage image(const std::array<QColor, kSlots> &colours) const;

private:
    float *cell(int x, int y)
    {
        return &m_weights[(size_t(y) * size_t(m_size.width()) + size_t(x)) * kSlots];
    }
    const float *cell(int x, int y) const
    {
        return &m_weights[(size_t(y) * size_t(m_size.width()) + size_t(x)) * kSlots];
    }

    struct Span // the columns of a row that something was added to: [first, last]
    {
        int first = INT_MAX;
        int last = -1;
    };
    void touch(int row, int first, int last)
    {
        Span &span = m_spans[size_t(row)];
        span.first = std::min(span.first, first);
        span.last = std::max(span.last, last);
    }

    QSize m_size;
    std::vector<float> m_weights;
    std::vector<Span> m_spans; // per row
    mutable QImage m_picture;
};

} // namespace volnux
