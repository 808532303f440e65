// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lists the problems of a file (from loading or validating) as location | message rows, so a user
// can fix a file with an editor beside it.

#include <QDialog>

namespace volnux {

class ProblemsDialog : public QDialog
{
    Q_OBJECT
public:
    ProblemsDialog(const QString &title, const QString &path, const QStringList &problems,
                   QWidget *parent = nullptr);
};

} // namespace volnux
