// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A dense timeline's picture (lanes thinner than a few pixels: thousands to millions of tasks),
// built per pixel cell instead of bar by bar. Every attempt and backoff adds to the cells it
// covers, weighted by the time it covers there, and each cell is then painted in the mix of the
// states under it, in proportion: a pixel over 80 successes and 20 errors is a green with a touch
// of red, never whichever bar happened to be drawn last. The weights stay allocated between
// repaints. GUI thread only.

#include <QColor>
#include <QImage>
#include <QSize>

#include <array>
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

    QSize m_size;
    std::vector<float> m_weights;
};

} // namespace volnux
