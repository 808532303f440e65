// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shows the loader's messages for one field right under it; hidden when the field is valid.

#include <QLabel>

namespace volnux {

class ProblemLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ProblemLabel(QWidget *parent = nullptr);
    void setProblems(const QStringList &problems);
    // A field with its problems right under it, as every editor section lays them out.
    static QWidget *withField(QWidget *parent, QWidget *field, ProblemLabel *problems);
};

} // namespace volnux
