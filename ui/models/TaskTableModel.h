// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One row per task of the monitored run, read from a RunState. The model never reads the state
// beyond the rows it has announced, so a batch applied to the state becomes visible through
// `applyChange`: one beginInsertRows for the new tasks and one dataChanged per run of changed rows.
// GUI thread only.

#include "core/observe/RunState.h"

#include <QAbstractTableModel>

namespace volnux {

class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        EventColumn,
        TaskColumn,
        StatusColumn,
        AttemptColumn,
        NextRetryColumn,
        DurationColumn,
        ErrorColumn,
        WorkerColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a number or string that sorts the column naturally
    };

    explicit TaskTableModel(const RunState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const RunState *state() const { return m_state; }
    void applyChange(const RunStateChange &change);
    // Moves the clock: the countdown and running durations change; signalled per row range.
    void setNow(double now);
    double now() const { return m_now; }
    void reset();

private:
    QVariant display(const TaskState &task, int column) const;
    QVariant sortKey(const TaskState &task, int column) const;
    void emitRowRanges(const std::vector<int> &rows, int firstColumn, int lastColumn);
    void noteTicking(int row);

    const RunState *m_state;
    int m_rows = 0;
    double m_now = 0;
    // Rows that may be running or waiting to retry (a superset, pruned by setNow): the clock
    // moves only them, and scanning a million rows 30 times a second would cost more than the run.
    std::vector<int> m_ticking;
    std::vector<bool> m_isTicking; // by row
};

} // namespace volnux
