// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One row per event of the run: status, tasks succeeded / failed / cancelled / skipped / open,
// the evaluation state and the outcome it gave, live. GUI thread only.

#include "core/observe/RunState.h"

#include <QAbstractTableModel>

namespace volnux {

class EventSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        TotalColumn,
        SucceededColumn,
        FailedColumn,
        CancelledColumn,
        SkippedColumn,
        OpenColumn,
        EvaluationColumn,
        OutcomeColumn,
        ColumnCount
    };

    explicit EventSummaryModel(const RunState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void applyChange(const RunStateChange &change);
    void reset();

private:
    QVariant display(const EventState &event, int column) const;
    static QString outcomeText(const EventState &event);

    const RunState *m_state;
    int m_rows = 0;
};

} // namespace volnux
