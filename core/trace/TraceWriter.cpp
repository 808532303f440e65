// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceWriter.h"

#include "core/UserText.h"
#include "core/files/FileKind.h"

namespace volnux {

QByteArray TraceWriter::line(const RunRecord &r)
{
    QByteArray out;
    TraceLineWriter().append(out, r);
    out.chop(1); // the newline
    return out;
}

bool TraceWriter::open(const QString &path, QString *error)
{
    m_path = path;
    // Never blocks: a FIFO nobody reads is refused rather than waited on forever.
    QString reason;
    if (FileKind::openForWriting(m_file, path, &reason))
        return true;
    *error = QStringLiteral("cannot write the trace %1: %2").arg(UserText::escaped(path), reason);
    return false;
}

void TraceWriter::write(const RunRecords &records)
{
    if (!m_file.isOpen())
        return;
    m_buffer.resize(0); // keeps the storage (clear() would free it)
    for (const RunRecord &r : records)
        m_lines.append(m_buffer, r);
    m_file.write(m_buffer);
    m_file.flush();
}

bool TraceWriter::close(QString *error)
{
    if (!m_file.isOpen())
        return true;
    const bool ok = m_file.flush() && m_file.error() == QFileDevice::NoError;
    if (!ok)
        *error = QStringLiteral("writing the trace %1 failed: %2")
                     .arg(UserText::escaped(m_path), m_file.errorString());
    m_file.close();
    return ok;
}

} // namespace volnux
