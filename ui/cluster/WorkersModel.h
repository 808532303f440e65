// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Workers panel's table: the volnux-worker processes of a queue, merged from two sources.
// Redis says who is connected and how long ago each last beat (setPresence, polled); the run on
// screen says what each did: attempts running now, finished and failed (applyRecords). A worker
// is known by host:pid, so one that stopped beating but ran attempts stays listed as gone.

#include "core/engine/RunRecord.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace volnux {

struct WorkerPresence;

class WorkersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        HostColumn,
        PidColumn,
        HeartbeatColumn,
        RunningColumn,
        FinishedColumn,
        FailedColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setPresence(const std::vector<WorkerPresence> &workers);
    void applyRecords(RecordSpan records);
    // A new run on screen: its activity starts from zero; workers no longer connected go.
    void clearActivity();
    int connectedCount() const;

private:
    struct Row
    {
        QString name; // empty until Redis names it
        QString host;
        qint64 pid = 0;
        int concurrency = 0;
        qint64 heartbeatAgeMs = -1;
        bool connected = false; // in Redis at the latest poll
        bool announced = false; // ever seen in Redis
        int running = 0;
        int finished = 0;
        int failed = 0;
    };
    Row &rowFor(const QString &host, qint64 pid);
    QString heartbeatText(const Row &row) const;

    std::vector<Row> m_rows;
    QHash<QString, size_t> m_index; // "host:pid" -> m_rows
};

} // namespace volnux
