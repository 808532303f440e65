// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The version of this build of the library: the project version CMake was given (project()), the
// one place it is written. The programs print it for --version; a program built against the
// installed library can compare it with the version it was compiled against. Thread-safe.

#include <QString>

namespace volnux {

QString version();

} // namespace volnux
