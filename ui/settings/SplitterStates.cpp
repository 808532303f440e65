// SPDX-License-Identifier: GPL-3.0-or-later
#include "SplitterStates.h"

#include <QDataStream>
#include <QIODevice>
#include <QMap>
#include <QSplitter>

namespace volnux {

namespace {

constexpr quint32 kVersion = 1;
using States = QMap<QString, QByteArray>;

States decode(const QByteArray &saved)
{
    QDataStream in(saved);
    quint32 version = 0;
    States states;
    in >> version >> states;
    if (version != kVersion || in.status() != QDataStream::Ok)
        return {};
    return states;
}

QByteArray encode(const States &states)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << kVersion << states;
    return bytes;
}

void collect(const QWidget *root, States &states)
{
    for (const QSplitter *splitter : root->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            states.insert(splitter->objectName(), splitter->saveState());
    }
}

} // namespace

QByteArray SplitterStates::save(const QWidget *root)
{
    States states;
    collect(root, states);
    return encode(states);
}

void SplitterStates::restore(QWidget *root, const QByteArray &saved)
{
    const States states = decode(saved);
    if (states.isEmpty())
        return;
    for (QSplitter *splitter : root->findChildren<QSplitter *>()) {
        const auto it = states.constFind(splitter->objectName());
        if (!splitter->objectName().isEmpty() && it != states.constEnd())
            splitter->restoreState(*it);
    }
}

QByteArray SplitterStates::merged(const QByteArray &saved, const QWidget *root)
{
    States states = decode(saved);
    collect(root, states);
    return encode(states);
}

} // namespace volnux
