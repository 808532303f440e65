// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The flaky-tasks table: per task that needed a retry or failed in at least k of the last n runs
// (FlakyTasks, in the core), how often, how often it failed for good, the error types seen, the
// attempts that finally succeeded and the runs concerned. GUI thread only.

#include "core/store/FlakyTasks.h"

#include <QAbstractTableModel>

namespace volnux {

class FlakyTasksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        EventColumn,
        TaskColumn,
        TroubledColumn,
        FailedColumn,
        ErrorTypesColumn,
        SucceededAtColumn,
        RunsColumn,
        ColumnCount
    };

    explicit FlakyTasksModel(QObject *parent = nullptr);
    void setTasks(std::vector<FlakyTask> tasks);
    const FlakyTask *task(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString display(const FlakyTask &task, int column) const;

    std::vector<FlakyTask> m_tasks;
};

} // namespace volnux
