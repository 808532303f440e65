// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkersModel.h"

#include "core/cluster/WorkerPresence.h"

#include <QLocale>

namespace volnux {

namespace {

QString keyOf(const QString &host, qint64 pid)
{
    return host + QLatin1Char(':') + QString::number(pid);
}

} // namespace

int WorkersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkersModel::heartbeatText(const Row &row) const
{
    if (!row.announced)
        return QStringLiteral("—");
    if (!row.connected)
        return tr("gone");
    if (row.heartbeatAgeMs < 0)
        return tr("connected");
    return tr("%1 s ago").arg(QLocale().toString(row.heartbeatAgeMs / 1000.0, 'f', 1));
}

QVariant WorkersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const Row &row = m_rows[size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() >= PidColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == NameColumn && row.concurrency > 0)
        return tr("Runs up to %n attempts at once", nullptr, row.concurrency);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.name.isEmpty() ? keyOf(row.host, row.pid) : row.name;
    case HostColumn:
        return row.host;
    case PidColumn:
        return row.pid;
    case HeartbeatColumn:
        return heartbeatText(row);
    case RunningColumn:
        return QLocale().toString(row.running);
    case FinishedColumn:
        return QLocale().toString(row.finished);
    case FailedColumn:
        return QLocale().toString(row.failed);
    }
    return {};
}

QVariant WorkersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Worker");
    case HostColumn:
        return tr("Host");
    case PidColumn:
        return tr("PID");
    case HeartbeatColumn:
        return tr("Last heartbeat");
    case RunningColumn:
        return tr("Running");
    case FinishedColumn:
        return tr("Finished");
    case FailedColumn:
        return tr("Failed");
    }
    return {};
}

WorkersModel::Row &WorkersModel::rowFor(const QString &host, qint64 pid)
{
    const QString key = keyOf(host, pid);
    auto it = m_index.constFind(key);
    if (it == m_index.constEnd()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        it = m_index.insert(key, m_rows.size());
        m_rows.push_back({});
        m_rows.back().host = host;
        m_rows.back().pid = pid;
        endInsertRows();
    }
    return m_rows[*it];
}

void WorkersModel::setPresence(const std::vector<WorkerPresence> &workers)
{
    for (Row &row : m_rows)
        row.connected = false;
    for (const WorkerPresence &w : workers) {
        Row &row = rowFor(w.host, w.pid);
        row.name = w.name;
        row.concurrency = w.concurrency;
        row.heartbeatAgeMs = w.heartbeatAgeMs();
        row.connected = row.announced = true;
    }
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void WorkersModel::applyRecords(RecordSpan records)
{
    int first = int(m_rows.size()), last = -1;
    for (const RunRecord &r : records) {
        if (r.host.isEmpty() ||
            (r.type != RecordType::AttemptStarted && r.type != RecordType::AttemptFinished))
            continue;
        Row &row = rowFor(r.host.toString(), r.pid);
        if (r.type == RecordType::AttemptStarted) {
            ++row.running;
        } else {
            row.running = std::max(0, row.running - 1);
            ++row.finished;
            if (r.outcome == AttemptOutcome::Error || r.outcome == AttemptOutcome::Failure)
                ++row.failed;
        }
        const int at = int(&row - m_rows.data());
        first = std::min(first, at);
        last = std::max(last, at);
    }
    if (last >= 0)
        emit dataChanged(index(first, RunningColumn), index(last, FailedColumn));
}

void WorkersModel::clearActivity()
{
    beginResetModel();
    std::vector<Row> kept;
    m_index.clear();
    for (Row &row : m_rows) {
        if (!row.connected)
            continue;
        row.running = row.finished = row.failed = 0;
        m_index.insert(keyOf(row.host, row.pid), kept.size());
        kept.push_back(std::move(row));
    }
    m_rows = std::move(kept);
    endResetModel();
}

int WorkersModel::connectedCount() const
{
    return int(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row &row) { return row.connected; }));
}

} // namespace volnux
