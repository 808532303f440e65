// SPDX-License-Identifier: GPL-3.0-or-later
#include "Version.h"

namespace volnux {

QString version()
{
    // Defined for this file alone (core/CMakeLists.txt), so a new version rebuilds one file.
    return QStringLiteral(VOLNUX_VERSION);
}

} // namespace volnux
