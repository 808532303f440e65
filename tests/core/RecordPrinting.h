// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// (The core names them toText: a volnux::toString returning QString would hijack QTest's
// unqualified toString lookup through ADL.)
// Lets QCOMPARE print the engine's enums by name.

#include "core/engine/RunRecord.h"

#include <QTest>

namespace QTest {
template <> inline char *toString(const volnux::AttemptOutcome &v)
{
    return qstrdup(qPrintable(volnux::toText(v)));
}
template <> inline char *toString(const volnux::TaskStatus &v)
{
    return qstrdup(qPrintable(volnux::toText(v)));
}
template <> inline char *toString(const volnux::EventStatus &v)
{
    return qstrdup(qPrintable(volnux::toText(v)));
}
template <> inline char *toString(const volnux::RunStatus &v)
{
    return qstrdup(qPrintable(volnux::toText(v)));
}
template <> inline char *toString(const volnux::RecordType &v)
{
    return qstrdup(qPrintable(volnux::toText(v)));
}
} // namespace QTest
