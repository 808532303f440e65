// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The tasks whose outcome or attempt count changed between A and B (RunComparison's list): event,
// task index, outcome and attempts in each run, and the change in words ("newly failing",
// "fixed", "+2 attempts"), worse in the failure colour. GUI thread only.

#include "core/observe/RunComparison.h"

#include <QAbstractTableModel>

namespace volnux {

class ChangedTasksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        EventColumn,
        TaskColumn,
        OutcomeAColumn,
        OutcomeBColumn,
        AttemptsAColumn,
        AttemptsBColumn,
        ChangeColumn,
        ColumnCount
    };

    explicit ChangedTasksModel(QObject *parent = nullptr);
    void setComparison(const RunComparison *comparison);
    const RunComparison::Task *task(int row) const;

    static QString change(const RunComparison::Task &task);
    static bool worse(const RunComparison::Task &task);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString display(const RunComparison::Task &task, int column) const;

    const RunComparison *m_comparison = nullptr;
};

} // namespace volnux
