// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Splits a byte stream into the length-prefixed frames of WorkerProtocol. Not thread-safe: one
// reader belongs to one connection and the thread that reads it.

#include <QByteArray>

#include <optional>

namespace volnux {

class FrameReader
{
public:
    void append(const char *data, qsizetype size) { m_buffer.append(data, size); }
    // The next complete frame's payload, or nothing when more bytes are needed.
    std::optional<QByteArray> next();
    // True once a length prefix announced a frame larger than the protocol allows.
    bool isCorrupt() const { return m_corrupt; }
    bool hasPartialFrame() const { return m_buffer.size() > m_offset; }

private:
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    bool m_corrupt = false;
};

} // namespace volnux
