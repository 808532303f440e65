// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogPrompts.h"

#include "ui/files/ProblemsDialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace volnux {

static QString tr(const char *text)
{
    return QCoreApplication::translate("volnux::DialogPrompts", text);
}

static QString fileFilter()
{
    // Spelled out: lupdate files a tr() in a free function under the namespace, not this context.
    return QCoreApplication::translate("volnux::DialogPrompts",
                                       "Volnux projects (*.vxproj *.json);;All files (*)");
}

UserPrompts::SaveChoice DialogPrompts::askSaveChanges(const QString &documentName)
{
    const auto answer = QMessageBox::warning(
        m_parent, tr("Unsaved changes"),
        tr("Save the changes to “%1” before closing it?").arg(documentName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return SaveChoice::Save;
    return answer == QMessageBox::Discard ? SaveChoice::Discard : SaveChoice::Cancel;
}

bool DialogPrompts::askRestoreRecovery(const QString &documentName, const QDateTime &savedAt)
{
    return QMessageBox::question(
               m_parent, tr("Restore unsaved work?"),
               tr("Volnux Studio did not close normally. Unsaved changes to “%1” from %2 were "
                  "kept. Restore them?")
                   .arg(documentName, QLocale().toString(savedAt, QLocale::ShortFormat)),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
}

void DialogPrompts::showProblems(const QString &title, const QString &path,
                                 const QStringList &problems)
{
    ProblemsDialog dialog(title, path, problems, m_parent);
    dialog.exec();
}

QString DialogPrompts::askOpenPath(const QString &directory)
{
    return QFileDialog::getOpenFileName(m_parent, tr("Open project"), directory, fileFilter());
}

QString DialogPrompts::askSavePath(const QString &suggestedPath)
{
    QString path =
        QFileDialog::getSaveFileName(m_parent, tr("Save project as"), suggestedPath, fileFilter());
    if (!path.isEmpty() && !path.contains(QLatin1Char('.')))
        path += QStringLiteral(".vxproj");
    return path;
}

} // namespace volnux
