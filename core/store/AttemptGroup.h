// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A group of plain successes as the run store keeps them (docs/run-store.md, `attempt_groups`):
// one JSON array holding, per attempt, [seq offset, event, task, start offset (µs), duration
// (µs), worker name id (0: none), pid, task end seq offset] and, when the attempt returned one, its
// descriptor. Offsets are from the group's `seq` and `start_us`. Written by RunRecorder, read
// by RunReplay; plain JSON so that `sqlite3` users can read it with json_each.

#include <QByteArray>

#include <string>
#include <vector>

namespace volnux {

class AttemptGroup
{
public:
    struct Member
    {
        qint64 seq = 0;
        int event = 0;
        int task = 0;
        qint64 startUs = 0;
        qint64 durationUs = 0;
        qint64 worker = 0;
        qint64 pid = 0;
        qint64 taskSeq = 0; // relative to seq
        int descriptor = -1;
    };

    AttemptGroup(qint64 seq, qint64 startUs);

    qint64 seq() const { return m_seq; }
    qint64 startUs() const { return m_startUs; }
    int size() const { return m_size; }
    void add(const Member &m);
    // The JSON text; the group cannot be added to after.
    QByteArray text();

    // Appends the members of `text` to `out` in order; false when `text` is not such a group.
    static bool read(QByteArrayView text, qint64 seq, qint64 startUs, std::vector<Member> &out);

private:
    qint64 m_seq;
    qint64 m_startUs;
    int m_size = 0;
    std::string m_text;
};

} // namespace volnux
