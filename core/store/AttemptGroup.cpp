#include "core/store/AttemptGroup.h"

#include <charconv>

namespace volnux {

namespace {

void put(std::string &out, qint64 n, char after)
{
    char digits[24];
    char *end = std::to_chars(digits, digits + sizeof digits - 1, n).ptr;
    *end++ = after;
    out.append(digits, end);
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
    if (m_size++ > 0)
        m_text += ',';
    m_text += '[';
    put(m_text, m.seq - m_seq, ',');
    put(m_text, m.event, ',');
    put(m_text, m.task, ',');
    put(m_text, m.startUs - m_startUs, ',');
    put(m_text, m.durationUs, ',');
    put(m_text, m.worker, ',');
    put(m_text, m.pid, ',');
    if (m.descriptor < 0) {
        put(m_text, m.taskSeq, ']');
    } else {
        put(m_text, m.taskSeq, ',');
        put(m_text, m.descriptor, ']');
    }
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
