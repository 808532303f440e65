// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The studio's look, applied to the whole application at once: a theme (the system's palette, or
// a light or dark one of our own) and a font size. Palette-based, so every widget and the plots
// (which follow palette changes, see PlotTheme) change together, with no restart.

#include <QPalette>

namespace volnux {

class Appearance
{
public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };

    // Call once at start-up, before anything changes the application's palette or font: they
    // are what "System" goes back to.
    static void rememberSystemLook();
    // `points` 0 is the system's font size.
    static void apply(Theme theme, int points);
    static QPalette palette(Theme theme);
};

} // namespace volnux
