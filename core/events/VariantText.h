// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How a task input or result reads as text: strings as they are, numbers in their shortest
// form, lists and objects as compact JSON. Used in records, traces and command arguments.

#include <QString>
#include <QVariant>

namespace volnux {

QString variantToText(const QVariant &value);

} // namespace volnux
