// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An interned string. Equal texts share one immutable QString that lives as long as the process,
// so a Name is a pointer: copying one touches no reference count. Records are made on the engine
// thread and dropped on a consumer's; names in them (events, worker threads) must cost nothing to
// copy across that boundary. Interning takes a lock, so do it once per event or worker, not per
// record. Only names from a bounded set belong here: the table never shrinks.

#include <QString>

namespace volnux {

class Name
{
public:
    Name() = default;
    Name(const QString &text); // NOLINT(google-explicit-constructor): a Name stands in for text

    const QString &toString() const { return m_text ? *m_text : empty(); }
    operator const QString &() const { return toString(); } // NOLINT(google-explicit-constructor)
    bool isEmpty() const { return !m_text || m_text->isEmpty(); }

    friend bool operator==(Name a, Name b) { return a.m_text == b.m_text; }
    friend bool operator==(Name a, const QString &b) { return a.toString() == b; }

private:
    static const QString &empty();
    const QString *m_text = nullptr;
};

} // namespace volnux
