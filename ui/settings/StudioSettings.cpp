// SPDX-License-Identifier: GPL-3.0-or-later
#include "StudioSettings.h"

#include "ui/i18n/LanguageSwitcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace volnux {

namespace Key {
static QString geometry()
{
    return QStringLiteral("window/geometry");
}
static QString state()
{
    return QStringLiteral("window/state");
}
static QString runPanelSized()
{
    return QStringLiteral("window/runPanelSized");
}
static QString panelHeights()
{
    return QStringLiteral("window/panelHeights");
}
static QString splitters()
{
    return QStringLiteral("window/splitters");
}
static QString recent()
{
    return QStringLiteral("files/recent");
}
static QString theme()
{
    return QStringLiteral("ui/theme");
}
static QString fontSize()
{
    return QStringLiteral("ui/fontPointSize");
}
static QString language()
{
    return QStringLiteral("ui/language");
}
static QString autosave()
{
    return QStringLiteral("files/autosaveSeconds");
}
static QString redisUrl()
{
    return QStringLiteral("cluster/redisUrl");
}
static QString redisQueue()
{
    return QStringLiteral("cluster/queue");
}
} // namespace Key

StudioSettings::StudioSettings() = default;

QByteArray StudioSettings::windowGeometry() const
{
    return m_settings.value(Key::geometry()).toByteArray();
}

void StudioSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(Key::geometry(), geometry);
}

QByteArray StudioSettings::windowState() const
{
    return m_settings.value(Key::state()).toByteArray();
}

void StudioSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(Key::state(), state);
}

bool StudioSettings::runPanelSized() const
{
    return m_settings.value(Key::runPanelSized(), false).toBool();
}

void StudioSettings::setRunPanelSized(bool sized)
{
    m_settings.setValue(Key::runPanelSized(), sized);
}

int StudioSettings::panelHeight(const QString &dockName) const
{
    return m_settings.value(Key::panelHeights()).toMap().value(dockName, 0).toInt();
}

void StudioSettings::setPanelHeight(const QString &dockName, int height)
{
    QVariantMap heights = m_settings.value(Key::panelHeights()).toMap();
    heights.insert(dockName, height);
    m_settings.setValue(Key::panelHeights(), heights);
}

QByteArray StudioSettings::splitterStates() const
{
    return m_settings.value(Key::splitters()).toByteArray();
}

void StudioSettings::setSplitterStates(const QByteArray &states)
{
    m_settings.setValue(Key::splitters(), states);
}

QStringList StudioSettings::recentFiles() const
{
    return m_settings.value(Key::recent()).toStringList();
}

void StudioSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    m_settings.setValue(Key::recent(), files);
}

void StudioSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    m_settings.setValue(Key::recent(), files);
}

QString StudioSettings::language() const
{
    const QString language = m_settings.value(Key::language()).toString();
    return availableLanguages().contains(language) ? language : LanguageSwitcher::systemLanguage();
}

void StudioSettings::setLanguage(const QString &language)
{
    m_settings.setValue(Key::language(), language);
}

QStringList StudioSettings::availableLanguages()
{
    return LanguageSwitcher::shippedLanguages();
}

int StudioSettings::theme() const
{
    return std::clamp(m_settings.value(Key::theme(), 0).toInt(), 0, 2);
}

void StudioSettings::setTheme(int theme)
{
    m_settings.setValue(Key::theme(), theme);
}

int StudioSettings::fontPointSize() const
{
    const int points = m_settings.value(Key::fontSize(), 0).toInt();
    return points >= 6 && points <= 32 ? points : 0;
}

void StudioSettings::setFontPointSize(int points)
{
    m_settings.setValue(Key::fontSize(), points);
}

int StudioSettings::autosaveIntervalSeconds() const
{
    return m_settings.value(Key::autosave(), 30).toInt();
}

QString StudioSettings::redisUrl() const
{
    return m_settings.value(Key::redisUrl()).toString();
}

void StudioSettings::setRedisUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (!trimmed.isEmpty())
        restrictToOwner(); // before the URL, which may hold a password, is written
    m_settings.setValue(Key::redisUrl(), trimmed);
}

// The settings file becomes its owner's alone. Qt rewrites it through a new file that takes the
// old one's mode, so this holds for every later write.
void StudioSettings::restrictToOwner()
{
    const QString path = m_settings.fileName();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

QString StudioSettings::redisQueue() const
{
    return m_settings.value(Key::redisQueue()).toString();
}

void StudioSettings::setRedisQueue(const QString &queue)
{
    m_settings.setValue(Key::redisQueue(), queue.trimmed());
}

} // namespace volnux
