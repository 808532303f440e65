// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenRange.h"

#include <QDoubleSpinBox>
#include <QSpinBox>

#include <limits>

namespace volnux {

void OpenRange::apply(QSpinBox *spin)
{
    spin->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
}

void OpenRange::apply(QDoubleSpinBox *spin)
{
    spin->setRange(-kDoubleLimit, kDoubleLimit);
}

} // namespace volnux
