#include "RecoveryStore.h"

#include "core/project/ProjectFile.h"

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
    // The project first: a note without its project would offer nothing to restore.
    return writeAtomically(projectPath(), ProjectFile::serialize(project)) &&
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
    return ProjectFile::load(projectPath());
}

void RecoveryStore::discard()
{
    QFile::remove(projectPath());
    QFile::remove(notePath());
}

} // namespace volnux
