// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/AttemptGroup.h"

#include <charconv>

namespace volnux {

namespace {

constexpr int kMaxDigits = 20; // of a qint64, with its sign

char *put(char *p, qint64 n, char after)
{
    p = std::to_chars(p, p + kMaxDigits, n).ptr;
    *p = after;
    return p + 1;
}

// Reads the numbers of one member's array from `p`, which points just past its '['. Returns
// how many it read (at most `max`), or -1; leaves `p` past the closing ']'.
int numbers(const char *&p, const char *end, qint64 *values, int max)
{
    int count = 0;
    for (;;) {
        if (count == max)
            return -1;
        const auto [next, ec] = std::from_chars(p, end, values[count]);
        if (ec != std::errc() || next == end)
            return -1;
        ++count;
        p = next + 1;
        if (*next == ']')
            return count;
        if (*next != ',')
            return -1;
    }
}

} // namespace

AttemptGroup::AttemptGroup(qint64 seq, qint64 startUs) : m_seq(seq), m_startUs(startUs)
{
    m_text.reserve(64 * 1024);
    m_text += '[';
}

QByteArray AttemptGroup::text()
{
    m_text += ']';
    return QByteArray::fromRawData(m_text.data(), qsizetype(m_text.size()));
}

void AttemptGroup::add(const Member &m)
{
    constexpr int kFields = 9;
    const size_t used = m_text.size();
    m_text.resize(used + 2 + kFields * (kMaxDigits + 1));
    char *p = m_text.data() + used;
    if (m_size++ > 0)
        *p++ = ',';
    *p++ = '[';
    p = put(p, m.seq - m_seq, ',');
    p = put(p, m.event, ',');
    p = put(p, m.task, ',');
    p = put(p, m.startUs - m_startUs, ',');
    p = put(p, m.durationUs, ',');
    p = put(p, m.worker, ',');
    p = put(p, m.pid, ',');
    if (m.descriptor < 0) {
        p = put(p, m.taskSeq, ']');
    } else {
        p = put(p, m.taskSeq, ',');
        p = put(p, m.descriptor, ']');
    }
    m_text.resize(size_t(p - m_text.data()));
}

bool AttemptGroup::read(QByteArrayView text, qint64 seq, qint64 startUs, std::vector<Member> &out)
{
    const char *p = text.data();
    const char *end = p + text.size();
    if (p == end || *p++ != '[')
        return false;
    if (p != end && *p == ']')
        return p + 1 == end;
    while (p != end) {
        if (*p++ != '[')
            return false;
        qint64 v[9];
        const int n = numbers(p, end, v, 9);
        if (n < 8)
            return false;
        out.push_back({seq + v[0], int(v[1]), int(v[2]), startUs + v[3], v[4], v[5], v[6], v[7],
                       n == 9 ? int(v[8]) : -1});
        if (p == end)
            return false;
        const char separator = *p++;
        if (separator == ']')
            return p == end;
        if (separator != ',')
            return false;
    }
    return false;
}

} // namespace volnux
