// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The runs the History panel lists, newest first: one row per StoredRun with its status (icon and
// text), start time, duration, counts and, for a rerun, the run it reran. Rows are replaced as a
// whole when the store is read again (a few hundred rows; the panel reads off the GUI thread).
// GUI thread only.

#include "core/store/StoredRun.h"

#include <QAbstractTableModel>
#include <QSet>

#include <vector>

namespace volnux {

class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StatusColumn,
        RunColumn,
        ProjectColumn,
        StartedColumn,
        DurationColumn,
        TasksColumn,
        FailedColumn,
        AttemptsColumn,
        ColumnCount
    };
    enum Role
    {
        RunIdRole = Qt::UserRole + 1,
        RunStatusRole, // int(RunStatus)
        SearchTextRole // what the search box matches: id, project, status, host
    };

    explicit HistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Sorted newest first here, whatever order they come in.
    void setRuns(std::vector<StoredRun> runs);
    const std::vector<StoredRun> &runs() const { return m_runs; }
    const StoredRun *runAt(int row) const;
    int rowOf(qint64 id) const;

    // "2026-12-03 14:05:09" in local time, from the store's UTC text.
    static QString startedText(const QString &isoUtc);

private:
    QVariant display(const StoredRun &run, int column) const;

    std::vector<StoredRun> m_runs;
};

} // namespace volnux
