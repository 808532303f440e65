// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One folder of autosaved work: an exact snapshot of the project (ProjectSnapshot: kept even while
// the project is invalid mid-edit), the same project as a project file, and a small JSON note
// (which file it belongs to and when). RecoveryStore decides whose slot a folder is; this class
// only reads and writes it.

#include "core/Result.h"
#include "core/project/Project.h"

#include <QDateTime>

namespace volnux {

class RecoverySlot
{
public:
    explicit RecoverySlot(const QString &directory = QString()) : m_directory(directory) {}

    bool write(const Project &project, const QString &originalPath) const;
    bool exists() const;
    QString originalPath() const;
    QDateTime savedAt() const;
    // When the note was last written, from the file system alone: orders slots without reading
    // anything another instance wrote.
    QDateTime modifiedAt() const;
    // The snapshot, exactly as it was written; a recovery without a readable snapshot (from an
    // older build) loads its project file, which must then be valid.
    Result<Project> read() const;
    // Removes the work (the folder itself stays; see removeFolder).
    void discard() const;
    // Removes the folder when nothing else is left in it.
    void removeFolder() const;
    QString directory() const { return m_directory; }

private:
    QString projectPath() const;
    QString snapshotPath() const;
    QString notePath() const;

    QString m_directory;
};

} // namespace volnux
