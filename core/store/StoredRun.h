// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the run store keeps of one run and of its events: rows of `runs` and `events`
// (docs/run-store.md). Plain value types.

#include "core/engine/RecordTypes.h"
#include "core/observe/TaskCounts.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace volnux {

struct StoredRun
{
    qint64 id = 0;
    QString projectPath;
    QString projectName;
    QString started; // ISO 8601, UTC, milliseconds
    QString ended;   // empty while running
    RunStatus status = RunStatus::Running;
    double durationMs = 0;
    QString host;
    qint64 pid = 0;
    QString version; // of the program that recorded it
    std::optional<qint64> parent;
    int events = 0;
    int tasks = 0;
    TaskCounts counts; // final states of its tasks
    int attempts = 0;
};

struct StoredEvent
{
    int index = 0;
    QString name;
    QString type;
    int tasks = 0;
    QList<int> taskIndices; // empty: 0, 1, 2, ...
    QString evaluation;
    EventStatus status = EventStatus::Pending;
    bool outcome = false;
    TaskCounts counts;
    int attempts = 0;
    double startedMs = -1;
    double finishedMs = -1;
    int step = -1;
    QString branch;
    std::optional<qint64> seq; // of its event_finished record

    // The task index of position `i`.
    int taskIndex(int i) const { return taskIndices.isEmpty() ? i : taskIndices.value(i, i); }
};

// The event counts and task indices stored with a run's events.
QByteArray packTaskIndices(const QList<int> &indices);
QList<int> unpackTaskIndices(const QByteArray &packed);

} // namespace volnux
