// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The questions the file workflow asks the user. Production shows dialogs; tests inject answers,
// so no test has to drive a modal exec().

#include <QDateTime>
#include <QStringList>

namespace volnux {

class UserPrompts
{
public:
    enum class SaveChoice
    {
        Save,
        Discard,
        Cancel
    };

    virtual ~UserPrompts() = default;
    virtual SaveChoice askSaveChanges(const QString &documentName) = 0;
    virtual bool askRestoreRecovery(const QString &documentName, const QDateTime &savedAt) = 0;
    virtual void showProblems(const QString &title, const QString &path,
                              const QStringList &problems) = 0;
    virtual QString askOpenPath(const QString &directory) = 0;
    virtual QString askSavePath(const QString &suggestedPath) = 0;
};

} // namespace volnux
