// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// UserPrompts answered by the user through message boxes and file dialogs.

#include "ui/files/UserPrompts.h"

class QWidget;

namespace volnux {

class DialogPrompts : public UserPrompts
{
public:
    explicit DialogPrompts(QWidget *parent) : m_parent(parent) {}
    SaveChoice askSaveChanges(const QString &documentName) override;
    bool askRestoreRecovery(const QString &documentName, const QDateTime &savedAt) override;
    void showProblems(const QString &title, const QString &path,
                      const QStringList &problems) override;
    QString askOpenPath(const QString &directory) override;
    QString askSavePath(const QString &suggestedPath) override;

private:
    QWidget *m_parent;
};

} // namespace volnux
