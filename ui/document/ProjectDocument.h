// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The open project as the GUI edits it: the Project value, its file path, its undo stack and the
// validation problems of the current state. Every change goes through an undo command, which calls
// the apply* functions here; views listen to the signals. GUI thread only.

#include "core/project/Project.h"

#include <QMap>
#include <QObject>
#include <QStringList>

class QUndoStack;

namespace volnux {

class ProjectDocument : public QObject
{
    Q_OBJECT
public:
    explicit ProjectDocument(QObject *parent = nullptr);

    const Project &project() const { return m_project; }
    const EventDefinition &event(int index) const { return m_project.events.at(index); }
    int eventCount() const { return int(m_project.events.size()); }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString filePath() const { return m_filePath; }
    QString displayName() const;
    bool isModified() const;

    // Replaces everything (new / open / restore) and clears the undo history.
    void reset(const Project &project, const QString &filePath);
    void markSaved(const QString &filePath);
    // Content that exists in no file (restored after a crash) counts as unsaved until saved.
    void markUnsaved();

    // Problems from the loader's own validation, located as in a file ("events[2].tasks: ...").
    const QStringList &problems() const { return m_problems; }
    // What loads and runs but is likely a mistake (DesignWarnings); it never blocks a save or run.
    const QStringList &warnings() const { return m_warnings; }
    QStringList eventProblems(int index) const;
    QStringList problemsAt(const QString &location) const;

    // Called by undo commands only.
    void applyEvent(int index, const EventDefinition &event);
    void applyInsert(int index, const EventDefinition &event);
    void applyRemove(int index);
    void applyMove(int from, int to);
    void applyPipeline(const std::optional<QString> &pipeline);
    void applyProjectName(const QString &name);

    QString uniqueEventName(const QString &base) const;

signals:
    // The "about to" signals let item models keep their begin/end calls around the change.
    void projectAboutToBeReset();
    void projectReset();
    void eventAboutToBeInserted(int index);
    void eventAboutToBeRemoved(int index);
    void eventAboutToBeMoved(int from, int to);
    void eventChanged(int index);
    void eventInserted(int index);
    void eventRemoved(int index);
    void eventMoved(int from, int to);
    void pipelineChanged();
    void projectNameChanged();
    void problemsChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    // Any change of content (for autosave).
    void contentChanged();

private:
    void revalidate();
    void changed();

    Project m_project;
    QString m_filePath;
    QUndoStack *m_undoStack;
    QStringList m_problems;
    QStringList m_warnings;
};

} // namespace volnux
