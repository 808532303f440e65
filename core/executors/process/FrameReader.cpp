// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameReader.h"

#include "core/executors/process/WorkerProtocol.h"

#include <QtEndian>

namespace volnux {

std::optional<QByteArray> FrameReader::next()
{
    const qsizetype available = m_buffer.size() - m_offset;
    if (m_corrupt || available < WorkerProtocol::kHeaderSize)
        return std::nullopt;
    const quint32 length = qFromLittleEndian<quint32>(m_buffer.constData() + m_offset);
    if (qint64(length) > WorkerProtocol::kMaxFrameSize) {
        m_corrupt = true;
        return std::nullopt;
    }
    if (available < WorkerProtocol::kHeaderSize + qsizetype(length))
        return std::nullopt;
    QByteArray payload = m_buffer.mid(m_offset + WorkerProtocol::kHeaderSize, length);
    m_offset += WorkerProtocol::kHeaderSize + length;
    // Compact once the consumed prefix dominates, so a long stream does not grow without bound.
    if (m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    } else if (m_offset > 64 * 1024 && m_offset * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    return payload;
}

} // namespace volnux
