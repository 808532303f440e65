// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The editors' number fields accept any value they can hold, negative included. A spin box's own
// range silently changes what is typed: with a minimum of 0, typing "-3" gives 3, and a digit
// past the maximum is dropped. The loader is what knows each field's range; the value as typed
// goes to the project, and the loader's message ("must be an integer >= 1 and <= 4096, got -3")
// appears under the field, as it would for a file. Used on the GUI thread only.

class QDoubleSpinBox;
class QSpinBox;

namespace volnux {

class OpenRange
{
public:
    static constexpr double kDoubleLimit = 1e10; // beyond every limit a project has

    static void apply(QSpinBox *spin);       // every int
    static void apply(QDoubleSpinBox *spin); // -kDoubleLimit to kDoubleLimit
};

} // namespace volnux
