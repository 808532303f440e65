// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An exact copy of an in-memory project, valid or not, for crash recovery. A project file holds
// only what loads (an invalid name or an out-of-range setting is refused, and a refused value is
// lost); a snapshot keeps every field as the user left it, mid-edit, so restoring it loses
// nothing. Binary (QDataStream), versioned, not meant to be read by people or kept in git.

#include "core/project/Project.h"

#include <QByteArray>

#include <optional>

namespace volnux {

class ProjectSnapshot
{
public:
    static QByteArray write(const Project &project);
    // Empty when `bytes` is not a snapshot this build reads (another version, truncated, corrupt).
    static std::optional<Project> read(const QByteArray &bytes);
};

} // namespace volnux
