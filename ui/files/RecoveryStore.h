// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The autosave of unsaved work, one slot per studio instance. Under the recovery folder each
// instance has a folder of its own named by a fresh id (a RecoverySlot), and beside it `<id>.lock`,
// a QLockFile it holds for its whole life. A slot whose lock no live process holds (its owner
// crashed, or there is no lock at all) is left-over work: only such slots are offered for
// recovery, so a second instance never sees, offers or deletes the live work of the first. A
// slot is claimed by taking its lock before it is read, so two instances starting together never
// offer the same work. Work is removed on save, on a clean close and after a restore or a refusal,
// so finding a slot without a live owner means its session ended abnormally.
//
// Older builds kept one recovery directly in the recovery folder; it is offered like a slot left
// by a dead instance.

#include "ui/files/RecoverySlot.h"

#include <memory>

class QLockFile;

namespace volnux {

class RecoveryStore
{
public:
    // `root` empty: the application's data location.
    explicit RecoveryStore(const QString &root = QString());
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore &) = delete;
    RecoveryStore &operator=(const RecoveryStore &) = delete;

    // This instance's own slot. Nothing is written without its lock: unlocked, the work would
    // look left over to every other instance.
    bool write(const Project &project, const QString &originalPath);
    bool exists() const { return m_own.exists(); }
    QString originalPath() const { return m_own.originalPath(); }
    QDateTime savedAt() const { return m_own.savedAt(); }
    Result<Project> read() const { return m_own.read(); }
    void discard() { m_own.discard(); }
    QString directory() const { return m_own.directory(); }
    QString root() const { return m_root; }

    // Claims the newest slot with work whose owner is gone: locks it, so no other instance offers
    // it too. False when there is none. At most one is claimed at a time. Also removes what gone
    // instances left without work.
    bool claimLeftOver();
    const RecoverySlot &claimed() const { return m_claimed; }
    // Slots with work left over by instances that are gone, besides the claimed one.
    int leftOverCount() const;
    // Deletes the claimed slot: its work was restored into this instance's slot, or refused.
    void discardClaimed();
    // Leaves the claimed slot as it is for a later start (it could not be restored).
    void releaseClaimed();

private:
    QString lockPathOf(const QString &slotDirectory) const;
    QStringList leftOverCandidates() const;
    void sweepEmptyLeftOvers();

    QString m_root;
    RecoverySlot m_own;
    std::unique_ptr<QLockFile> m_ownLock;
    RecoverySlot m_claimed;
    std::unique_ptr<QLockFile> m_claimedLock;
};

} // namespace volnux
