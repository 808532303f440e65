// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The file workflow of one ProjectDocument: new, open, save, save as, recent files, the
// unsaved-changes question before anything discards work, autosave to this instance's recovery
// slot every interval and shortly after each change, and the offer at start-up of work left by
// instances that are gone. Loading is all or nothing: a file with problems lists them and leaves
// the open project untouched. GUI thread only.

#include <QObject>

class QTimer;

namespace volnux {

class ProjectDocument;
class RecoveryStore;
class StudioSettings;
class UserPrompts;

class DocumentFiles : public QObject
{
    Q_OBJECT
public:
    DocumentFiles(ProjectDocument *document, UserPrompts *prompts, StudioSettings *settings,
                  RecoveryStore *recovery, QObject *parent = nullptr);

    bool newProject();
    bool open();
    bool open(const QString &path);
    bool save();
    bool saveAs();
    // Asks about unsaved changes; false when the user cancels (or a requested save failed).
    bool maybeSave();
    // Called when the window closes for good: the work is saved or discarded, so no recovery.
    void closed();

    bool offerRecovery();
    void autosaveNow();
    void setAutosaveDelay(int milliseconds);

signals:
    void recentFilesChanged();
    void message(const QString &text);

private:
    bool saveTo(const QString &path);

    ProjectDocument *m_document;
    UserPrompts *m_prompts;
    StudioSettings *m_settings;
    RecoveryStore *m_recovery;
    QTimer *m_interval;
    QTimer *m_afterChange;
};

} // namespace volnux
