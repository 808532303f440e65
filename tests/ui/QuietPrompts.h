// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The studio's questions answered without a dialog, for tests: discard unsaved changes, decline
// recovery, pick no file; problems the studio would show are collected in `shown`.

#include "ui/files/UserPrompts.h"

#include <QStringList>

namespace volnux::test {

class QuietPrompts : public UserPrompts
{
public:
    SaveChoice askSaveChanges(const QString &) override { return SaveChoice::Discard; }
    bool askRestoreRecovery(const QString &, const QDateTime &) override { return false; }
    void showProblems(const QString &, const QString &, const QStringList &problems) override
    {
        shown << problems;
    }
    QString askOpenPath(const QString &) override { return {}; }
    QString askSavePath(const QString &) override { return {}; }
    QStringList shown;
};

} // namespace volnux::test
