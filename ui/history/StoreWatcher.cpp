// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/StoreWatcher.h"

#include <QFileInfo>

namespace volnux {

namespace {
constexpr int kPollMs = 1000; // a run recorded elsewhere shows up within a second
}

StoreWatcher::StoreWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::check);
}

void StoreWatcher::watch(const QString &storePath)
{
    m_path = storePath;
    resync();
    if (m_path.isEmpty())
        m_timer.stop();
    else
        m_timer.start();
}

void StoreWatcher::resync()
{
    m_last = current();
}

StoreWatcher::Signature StoreWatcher::current() const
{
    Signature signature;
    if (m_path.isEmpty())
        return signature;
    const QFileInfo file(m_path);
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    if (file.exists()) {
        signature.size = file.size();
        signature.modified = file.lastModified();
    }
    if (wal.exists()) {
        signature.walSize = wal.size();
        signature.walModified = wal.lastModified();
    }
    return signature;
}

void StoreWatcher::check()
{
    const Signature now = current();
    if (now == m_last)
        return;
    m_last = now;
    emit changed();
}

} // namespace volnux
