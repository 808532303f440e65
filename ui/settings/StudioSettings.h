// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every persistent setting of the studio, typed, in one place: no string keys elsewhere.
// Backed by QSettings (the application's organisation and name). GUI thread only.

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace volnux {

class StudioSettings
{
public:
    static constexpr int kMaxRecentFiles = 10;

    StudioSettings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // Whether the run panel got its first size (a share of the window) in the saved layout:
    // from then on its size is the user's, kept in the window state.
    bool runPanelSized() const;
    void setRunPanelSized(bool sized);
    // The height the user gave each panel of a tab group (the pipeline and the run panel share
    // one at the bottom), by the dock's object name; 0 when never set.
    int panelHeight(const QString &dockName) const;
    void setPanelHeight(const QString &dockName, int height);
    // Where the user left the dividers inside the panels (SplitterStates).
    QByteArray splitterStates() const;
    void setSplitterStates(const QByteArray &states);

    QStringList recentFiles() const;
    // Moves `path` to the front, dropping duplicates and the oldest beyond the limit.
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);

    // A two-letter code; until the user picks one, the system's language when it is shipped.
    QString language() const;
    void setLanguage(const QString &language);
    // English and the languages the build ships translations for.
    static QStringList availableLanguages();

    // Appearance (see Appearance): 0 follows the system, 1 light, 2 dark; a font size in points,
    // 0 for the system's.
    int theme() const;
    void setTheme(int theme);
    int fontPointSize() const;
    void setFontPointSize(int points);

    int autosaveIntervalSeconds() const;

    // Where RedisExecutor events run, over the project's "cluster" (like volnux-run --redis):
    // empty for the project's own. The URL may hold a password; it stays in this file, never
    // in traces, the run store or logs.
    QString redisUrl() const;
    void setRedisUrl(const QString &url);
    QString redisQueue() const;
    void setRedisQueue(const QString &queue);

private:
    void restrictToOwner();

    QSettings m_settings;
};

} // namespace volnux
