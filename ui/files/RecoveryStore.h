#pragma once

// The autosave of unsaved work: the project serialized to a recovery file beside a small JSON note
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
    Result<Project> read() const;
    void discard();
    QString directory() const { return m_directory; }

private:
    QString projectPath() const;
    QString notePath() const;

    QString m_directory;
};

} // namespace volnux
