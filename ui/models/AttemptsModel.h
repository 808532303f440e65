// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The attempts of one task (the one selected in the table): start, duration, outcome, error,
// the backoff that followed, worker and log size. Follows the RunState through `applyChange`.
// GUI thread only.

#include "core/observe/RunState.h"

#include <QAbstractTableModel>

namespace volnux {

class AttemptsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        StartColumn,
        StartLagColumn, // against when the retry was due
        DurationColumn,
        OutcomeColumn,
        ErrorColumn,
        BackoffColumn,
        WorkerColumn,
        LogColumn,
        ColumnCount
    };
    enum Role
    {
        LogRole = Qt::UserRole + 1
    };

    explicit AttemptsModel(const RunState *state, QObject *parent = nullptr);

    // The task row shown, or -1 for none.
    void setTaskRow(int row);
    int taskRow() const { return m_row; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void applyChange(const RunStateChange &change);
    void setNow(double now);
    void reset();

private:
    QVariant display(const AttemptState &attempt, int row, int column) const;
    int stateAttemptCount() const;

    const RunState *m_state;
    int m_row = -1;
    int m_rows = 0;
    double m_now = 0;
};

} // namespace volnux
