// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectDocument.h"

#include "core/project/ProjectFile.h"
#include "ui/document/DesignWarnings.h"

#include <QFileInfo>
#include <QUndoStack>

namespace volnux {

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    m_project.name = tr("Untitled");
    revalidate();
}

QString ProjectDocument::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool ProjectDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ProjectDocument::reset(const Project &project, const QString &filePath)
{
    emit projectAboutToBeReset();
    m_undoStack->clear();
    m_project = project;
    m_filePath = filePath;
    m_undoStack->setClean();
    revalidate();
    emit projectReset();
    emit filePathChanged(m_filePath);
    emit modifiedChanged(false);
}

void ProjectDocument::markSaved(const QString &filePath)
{
    m_filePath = filePath;
    m_undoStack->setClean();
    emit filePathChanged(m_filePath);
}

void ProjectDocument::markUnsaved()
{
    m_undoStack->resetClean();
    emit modifiedChanged(true);
}

QStringList ProjectDocument::problemsAt(const QString &location) const
{
    // A problem belongs to a location when it names it or something inside it.
    QStringList found;
    for (const QString &problem : m_problems) {
        if (problem.startsWith(location + QLatin1Char(':')) ||
            problem.startsWith(location + QLatin1Char('.')) ||
            problem.startsWith(location + QLatin1Char('[')))
            found << problem;
    }
    return found;
}

QStringList ProjectDocument::eventProblems(int index) const
{
    return problemsAt(QStringLiteral("events[%1]").arg(index));
}

void ProjectDocument::applyEvent(int index, const EventDefinition &event)
{
    m_project.events[index] = event;
    emit eventChanged(index);
    changed();
}

void ProjectDocument::applyInsert(int index, const EventDefinition &event)
{
    emit eventAboutToBeInserted(index);
    m_project.events.insert(index, event);
    emit eventInserted(index);
    changed();
}

void ProjectDocument::applyRemove(int index)
{
    emit eventAboutToBeRemoved(index);
    m_project.events.removeAt(index);
    emit eventRemoved(index);
    changed();
}

void ProjectDocument::applyMove(int from, int to)
{
    emit eventAboutToBeMoved(from, to);
    m_project.events.move(from, to);
    emit eventMoved(from, to);
    changed();
}

void ProjectDocument::applyPipeline(const std::optional<QString> &pipeline)
{
    m_project.pipeline = pipeline;
    emit pipelineChanged();
    changed();
}

void ProjectDocument::applyProjectName(const QString &name)
{
    m_project.name = name;
    emit projectNameChanged();
    changed();
}

QString ProjectDocument::uniqueEventName(const QString &base) const
{
    QString name = base;
    for (int n = 2; m_project.indexOf(name) >= 0; ++n)
        name = base + QLatin1Char('_') + QString::number(n);
    return name;
}

void ProjectDocument::revalidate()
{
    const QStringList problems = ProjectFile::validate(m_project);
    const QStringList warnings = DesignWarnings::of(m_project);
    if (problems == m_problems && warnings == m_warnings)
        return;
    m_problems = problems;
    m_warnings = warnings;
    emit problemsChanged();
}

void ProjectDocument::changed()
{
    revalidate();
    emit contentChanged();
}

} // namespace volnux
