// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The text of Help → About: the version of this build, of the Qt and QCustomPlot it runs with,
// and the licence.

#include <QString>

namespace volnux {

QString aboutText();

} // namespace volnux
