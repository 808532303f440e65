// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryStore.h"

#include <QDir>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace volnux {

// A lock is held for the life of an instance, so it must never go stale by age (QLockFile's
// default is 30 s): only a dead owner (or another boot) makes it stale.
static std::unique_ptr<QLockFile> lifeLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0);
    return lock;
}

RecoveryStore::RecoveryStore(const QString &root)
    : m_root(root.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                  QStringLiteral("/recovery")
                            : root)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_own = RecoverySlot(m_root + QLatin1Char('/') + id);
    // The lock before the folder: a folder without a lock counts as left over.
    m_ownLock = lifeLock(lockPathOf(m_own.directory()));
    if (QDir().mkpath(m_root))
        m_ownLock->tryLock(0);
}

RecoveryStore::~RecoveryStore()
{
    releaseClaimed();
    // Work still in the slot (the window went away without a clean close) stays, and with the
    // lock gone it is offered at the next start.
    m_own.removeFolder();
}

QString RecoveryStore::lockPathOf(const QString &slotDirectory) const
{
    // The recovery of a build before slots has no owner's lock; this one only keeps two new
    // instances from both taking it.
    if (slotDirectory == m_root)
        return m_root + QStringLiteral("/legacy.lock");
    return slotDirectory + QStringLiteral(".lock");
}

bool RecoveryStore::write(const Project &project, const QString &originalPath)
{
    return m_ownLock->isLocked() && m_own.write(project, originalPath);
}

// Folders with work in them other than this instance's own, newest first, and the recovery of a
// build before slots (the root itself) last. Only file dates are looked at: nothing is read
// before its slot is claimed.
QStringList RecoveryStore::leftOverCandidates() const
{
    QList<RecoverySlot> found;
    const QStringList folders = QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : folders) {
        const RecoverySlot slot(m_root + QLatin1Char('/') + name);
        if (slot.directory() != m_own.directory() && slot.directory() != m_claimed.directory() &&
            slot.exists())
            found << slot;
    }
    std::stable_sort(found.begin(), found.end(), [](const RecoverySlot &a, const RecoverySlot &b) {
        return a.modifiedAt() > b.modifiedAt();
    });
    QStringList directories;
    for (const RecoverySlot &slot : found)
        directories << slot.directory();
    if (RecoverySlot(m_root).exists() && m_claimed.directory() != m_root)
        directories << m_root;
    return directories;
}

// What instances that are gone left without work (they ended abnormally with nothing unsaved):
// an empty folder, a lock. Each is locked first like any slot, so nothing a live instance holds is
// touched, and only the slot's own files go: anything else keeps its folder.
void RecoveryStore::sweepEmptyLeftOvers()
{
    const QDir root(m_root);
    QStringList ids = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    const QStringList locks = root.entryList({QStringLiteral("*.lock")}, QDir::Files);
    for (const QString &lock : locks)
        ids << lock.chopped(int(qstrlen(".lock")));
    ids.removeDuplicates();
    for (const QString &id : std::as_const(ids)) {
        const RecoverySlot slot(m_root + QLatin1Char('/') + id);
        if (slot.directory() == m_own.directory() || slot.directory() == m_claimed.directory() ||
            slot.exists())
            continue;
        const std::unique_ptr<QLockFile> lock = lifeLock(lockPathOf(slot.directory()));
        if (!lock->tryLock(0) || slot.exists())
            continue;
        slot.discard();
        slot.removeFolder();
    }
}

bool RecoveryStore::claimLeftOver()
{
    if (!m_claimed.directory().isEmpty())
        return true;
    sweepEmptyLeftOvers();
    for (const QString &directory : leftOverCandidates()) {
        std::unique_ptr<QLockFile> lock = lifeLock(lockPathOf(directory));
        // Fails while a live process holds it; a dead owner's lock is removed and taken.
        if (!lock->tryLock(0))
            continue;
        const RecoverySlot slot(directory);
        if (!slot.exists()) // discarded by its owner just before its lock went
            continue;
        m_claimed = slot;
        m_claimedLock = std::move(lock);
        return true;
    }
    return false;
}

int RecoveryStore::leftOverCount() const
{
    int count = 0;
    for (const QString &directory : leftOverCandidates()) {
        // Taken and given back at once: only to learn whether a live owner holds it.
        if (lifeLock(lockPathOf(directory))->tryLock(0))
            ++count;
    }
    return count;
}

void RecoveryStore::discardClaimed()
{
    if (m_claimed.directory().isEmpty())
        return;
    m_claimed.discard();
    if (m_claimed.directory() != m_root)
        m_claimed.removeFolder();
    releaseClaimed();
}

void RecoveryStore::releaseClaimed()
{
    m_claimedLock.reset(); // unlocks: the folder goes first, so it is never seen without a lock
    m_claimed = RecoverySlot();
}

} // namespace volnux
