#pragma once

// The autosave of unsaved work: an exact snapshot of the project (ProjectSnapshot: kept even while
// the project is invalid mid-edit), the same project as a project file, and a small JSON note
// (which file it belongs to and when). Removed on save, on a clean close and after a restore or a
// refusal, so finding one at start-up means the last session ended abnormally.

#include "core/Result.h"
#include "core/project/Project.h"

#include <QDateTime>

namespace volnux {

class RecoveryStore
{
public:
    // `directory` empty: the application's data location.
    explicit RecoveryStore(const QString &directory = QString());

    bool write(const Project &project, const QString &originalPath);
    bool exists() const;
    QString originalPath() const;
    QDateTime savedAt() const;
    // The snapshot, exactly as it was written; a recovery without a readable snapshot (from an
    // older build) loads its project file, which must then be valid.
    Result<Project> read() const;
    void discard();
    QString directory() const { return m_directory; }

private:
    QString projectPath() const;
    QString snapshotPath() const;
    QString notePath() const;

    QString m_directory;
};

} // namespace volnux
