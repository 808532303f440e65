// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A combo box whose longest item ("EMPTY: SUCCESS_ON_ALL_EVENTS_SUCCESS") would otherwise set
// its section's minimum width: it may shrink to a few words, eliding the shown text; its list
// still shows every item in full. Lets the event editor fit three columns on a 1280-pixel screen.

#include <QComboBox>

namespace volnux {

inline void letComboShrink(QComboBox *combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
}

} // namespace volnux
