// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentFiles.h"

#include "core/project/ProjectFile.h"
#include "ui/document/ProjectDocument.h"
#include "ui/files/RecoveryStore.h"
#include "ui/files/UserPrompts.h"
#include "ui/settings/StudioSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace volnux {

DocumentFiles::DocumentFiles(ProjectDocument *document, UserPrompts *prompts,
                             StudioSettings *settings, RecoveryStore *recovery, QObject *parent)
    : QObject(parent), m_document(document), m_prompts(prompts), m_settings(settings),
      m_recovery(recovery), m_interval(new QTimer(this)), m_afterChange(new QTimer(this))
{
    m_interval->setInterval(settings->autosaveIntervalSeconds() * 1000);
    m_afterChange->setSingleShot(true);
    m_afterChange->setInterval(2000); // a burst of typing is one write
    connect(m_interval, &QTimer::timeout, this, &DocumentFiles::autosaveNow);
    connect(m_afterChange, &QTimer::timeout, this, &DocumentFiles::autosaveNow);
    connect(document, &ProjectDocument::contentChanged, m_afterChange, qOverload<>(&QTimer::start));
    m_interval->start();
}

void DocumentFiles::setAutosaveDelay(int milliseconds)
{
    m_afterChange->setInterval(milliseconds);
}

void DocumentFiles::autosaveNow()
{
    if (m_document->isModified())
        m_recovery->write(m_document->project(), m_document->filePath());
    else
        m_recovery->discard();
}

bool DocumentFiles::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (m_prompts->askSaveChanges(m_document->displayName())) {
    case UserPrompts::SaveChoice::Save:
        return save();
    case UserPrompts::SaveChoice::Discard:
        return true;
    case UserPrompts::SaveChoice::Cancel:
        break;
    }
    return false;
}

bool DocumentFiles::newProject()
{
    if (!maybeSave())
        return false;
    Project project;
    project.name = tr("Untitled");
    m_document->reset(project, QString());
    m_recovery->discard();
    return true;
}

bool DocumentFiles::open()
{
    if (!maybeSave())
        return false;
    const QString dir = m_document->filePath().isEmpty()
                            ? QDir::homePath()
                            : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = m_prompts->askOpenPath(dir);
    return !path.isEmpty() && open(path);
}

bool DocumentFiles::open(const QString &path)
{
    const Result<Project> loaded = ProjectFile::load(path);
    if (!loaded) {
        m_prompts->showProblems(tr("Cannot open project"), path, loaded.errors());
        return false;
    }
    m_document->reset(loaded.value(), QFileInfo(path).absoluteFilePath());
    m_recovery->discard();
    m_settings->addRecentFile(path);
    emit recentFilesChanged();
    emit message(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentFiles::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool DocumentFiles::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = QDir::homePath() + QLatin1Char('/') + m_document->project().name +
                    QStringLiteral(".vxproj");
    const QString path = m_prompts->askSavePath(suggested);
    return !path.isEmpty() && saveTo(path);
}

bool DocumentFiles::saveTo(const QString &path)
{
    // A file the loader would reject is never written: the recovery file keeps the work meanwhile.
    const QStringList problems = m_document->problems();
    if (!problems.isEmpty()) {
        m_prompts->showProblems(tr("Fix these problems before saving"), path, problems);
        return false;
    }
    const Result<bool> saved = ProjectFile::save(m_document->project(), path);
    if (!saved) {
        m_prompts->showProblems(tr("Cannot save project"), path, saved.errors());
        return false;
    }
    m_document->markSaved(QFileInfo(path).absoluteFilePath());
    m_recovery->discard();
    m_settings->addRecentFile(path);
    emit recentFilesChanged();
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void DocumentFiles::closed()
{
    m_interval->stop();
    m_afterChange->stop();
    m_recovery->discard();
}

bool DocumentFiles::offerRecovery()
{
    // Left-over work is offered newest first, one at a time: a refused one is deleted and the
    // next is offered; the others wait for the next start once one is restored.
    while (m_recovery->claimLeftOver()) {
        const RecoverySlot &slot = m_recovery->claimed();
        const QString original = slot.originalPath();
        const QString name = original.isEmpty() ? tr("Untitled") : QFileInfo(original).fileName();
        if (!m_prompts->askRestoreRecovery(name, slot.savedAt())) {
            m_recovery->discardClaimed();
            continue;
        }
        const Result<Project> restored = slot.read();
        if (!restored) {
            m_prompts->showProblems(tr("Cannot restore unsaved work"), slot.directory(),
                                    restored.errors());
            m_recovery->releaseClaimed();
            return false;
        }
        m_document->reset(restored.value(), original);
        // Restored work is unsaved work: mark it so, and keep it recoverable until it is saved.
        // It moves into this instance's own slot; the left-over slot goes only once it is there.
        m_document->markUnsaved();
        if (m_recovery->write(m_document->project(), original))
            m_recovery->discardClaimed();
        else
            m_recovery->releaseClaimed();
        const int others = m_recovery->leftOverCount();
        const qsizetype problems = m_document->problems().size();
        QString text = problems == 0
                           ? tr("Restored unsaved work")
                           : tr("Restored unsaved work, as it was: %n problem(s) to fix before it "
                                "can be saved or run",
                                nullptr, int(problems));
        if (others > 0)
            text += tr("; %n more will be offered at the next start", nullptr, others);
        emit message(text);
        return true;
    }
    return false;
}

} // namespace volnux
