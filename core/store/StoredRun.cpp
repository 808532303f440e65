// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/StoredRun.h"

#include <QtEndian>

namespace volnux {

// Little-endian 32-bit integers: a BLOB any language can read.
QByteArray packTaskIndices(const QList<int> &indices)
{
    QByteArray packed(indices.size() * 4, Qt::Uninitialized);
    for (qsizetype i = 0; i < indices.size(); ++i)
        qToLittleEndian<qint32>(indices[i], packed.data() + i * 4);
    return packed;
}

QList<int> unpackTaskIndices(const QByteArray &packed)
{
    QList<int> indices;
    indices.reserve(packed.size() / 4);
    for (qsizetype i = 0; i + 4 <= packed.size(); i += 4)
        indices << qFromLittleEndian<qint32>(packed.constData() + i);
    return indices;
}

} // namespace volnux
