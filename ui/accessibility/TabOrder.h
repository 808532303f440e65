// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Makes Tab move through a widget's fields in the order they are laid out: rows of a form top to
// bottom (label, then field), cells of a grid by row and then column, the items of a box in
// order, the pages of splitters, scroll areas, stacks and tab widgets in order. Qt's default is
// the order the widgets were created in, which a field built later (the parameters of a newly
// chosen kind) or a check box built before the spin box it sits beside gets wrong. Apply again
// after widgets are added.

class QWidget;

namespace volnux {

class TabOrder
{
public:
    static void followLayout(QWidget *root);
};

} // namespace volnux
