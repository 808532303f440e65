// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoverySlot.h"

#include "core/project/ProjectFile.h"
#include "core/project/ProjectSnapshot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace volnux {

QString RecoverySlot::projectPath() const
{
    return m_directory + QStringLiteral("/recovery.vxproj");
}

QString RecoverySlot::snapshotPath() const
{
    return m_directory + QStringLiteral("/recovery.vxsnap");
}

QString RecoverySlot::notePath() const
{
    return m_directory + QStringLiteral("/recovery.json");
}

// The work holds the `env` values of command events, which may be secrets: the folder is its
// user's alone (0700), and so is each file (0600), from before its first byte is written.
static constexpr QFile::Permissions folderMode =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
static constexpr QFile::Permissions fileMode = QFile::ReadOwner | QFile::WriteOwner;

static bool writeAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.setPermissions(fileMode) &&
           file.write(data) == data.size() && file.commit();
}

static bool makePrivateFolder(const QString &path)
{
    if (!QFileInfo(path).isDir() &&
        !(QDir().mkpath(QFileInfo(path).absolutePath()) && QDir().mkdir(path, folderMode)))
        return false;
    // Also a folder made before this rule, or by hand.
    return QFile::setPermissions(path, folderMode);
}

bool RecoverySlot::write(const Project &project, const QString &originalPath) const
{
    if (!makePrivateFolder(m_directory))
        return false;
    const QJsonObject note{
        {QStringLiteral("path"), originalPath},
        {QStringLiteral("savedAt"), QDateTime::currentDateTime().toString(Qt::ISODate)}};
    // The project first: a note without its project would offer nothing to restore. The snapshot
    // is what is restored (exact, even mid-edit); the project file is the same work in a form
    // people can read, and what an older snapshot falls back to.
    return writeAtomically(snapshotPath(), ProjectSnapshot::write(project)) &&
           writeAtomically(projectPath(), ProjectFile::serialize(project)) &&
           writeAtomically(notePath(), QJsonDocument(note).toJson());
}

bool RecoverySlot::exists() const
{
    return QFile::exists(projectPath()) && QFile::exists(notePath());
}

static QJsonObject readNote(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString RecoverySlot::originalPath() const
{
    return readNote(notePath()).value(QStringLiteral("path")).toString();
}

QDateTime RecoverySlot::savedAt() const
{
    return QDateTime::fromString(readNote(notePath()).value(QStringLiteral("savedAt")).toString(),
                                 Qt::ISODate);
}

QDateTime RecoverySlot::modifiedAt() const
{
    return QFileInfo(notePath()).lastModified();
}

Result<Project> RecoverySlot::read() const
{
    QFile snapshot(snapshotPath());
    if (snapshot.open(QIODevice::ReadOnly)) {
        if (std::optional<Project> project = ProjectSnapshot::read(snapshot.readAll()))
            return std::move(*project);
    }
    return ProjectFile::load(projectPath());
}

void RecoverySlot::discard() const
{
    QFile::remove(snapshotPath());
    QFile::remove(projectPath());
    QFile::remove(notePath());
}

void RecoverySlot::removeFolder() const
{
    QDir().rmdir(m_directory); // only when empty: never anything that is not ours
}

} // namespace volnux
