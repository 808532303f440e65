#include "TraceWriter.h"

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
    m_file.setFileName(path);
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return true;
    *error = QStringLiteral("cannot write the trace %1: %2").arg(path, m_file.errorString());
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
                     .arg(m_file.fileName(), m_file.errorString());
    m_file.close();
    return ok;
}

} // namespace volnux
