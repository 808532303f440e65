#include "RecoveryStore.h"

#include "core/project/ProjectFile.h"
#include "core/project/ProjectSnapshot.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace volnux {

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                            QStringLiteral("/recovery")
                      : directory)
{
}

QString RecoveryStore::projectPath() const
{
    return m_directory + QStringLiteral("/recovery.vxproj");
}

QString RecoveryStore::snapshotPath() const
{
    return m_directory + QStringLiteral("/recovery.vxsnap");
}

QString RecoveryStore::notePath() const
{
    return m_directory + QStringLiteral("/recovery.json");
}

static bool writeAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}

bool RecoveryStore::write(const Project &project, const QString &originalPath)
{
    if (!QDir().mkpath(m_directory))
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

bool RecoveryStore::exists() const
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

QString RecoveryStore::originalPath() const
{
    return readNote(notePath()).value(QStringLiteral("path")).toString();
}

QDateTime RecoveryStore::savedAt() const
{
    return QDateTime::fromString(readNote(notePath()).value(QStringLiteral("savedAt")).toString(),
                                 Qt::ISODate);
}

Result<Project> RecoveryStore::read() const
{
    QFile snapshot(snapshotPath());
    if (snapshot.open(QIODevice::ReadOnly)) {
        if (std::optional<Project> project = ProjectSnapshot::read(snapshot.readAll()))
            return std::move(*project);
    }
    return ProjectFile::load(projectPath());
}

void RecoveryStore::discard()
{
    QFile::remove(snapshotPath());
    QFile::remove(projectPath());
    QFile::remove(notePath());
}

} // namespace volnux
