// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Accessible names for form fields that sit inside a wrapper (a field with its problem label, an
// EMPTY check box beside a spin box): Qt names a field after its form label only when the label's
// buddy is the field itself. This gives the fields inside each labelled wrapper the label's text,
// unless they were named otherwise, and a description: the tooltip hovering over them shows (their
// wrapper's), unless they have their own. Apply again after a language change.

class QWidget;

namespace volnux {

class FormFieldNames
{
public:
    static void apply(QWidget *root);
};

} // namespace volnux
