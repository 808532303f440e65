// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How volnux-run writes to its terminal: every write is flushed and checked, because what
// scripts read (summaries, JSON, exports) must not pass for written when the disk is full or
// the pipe is closed. Main thread only.

#include <QString>

#include <cstdio>

namespace volnux {

class ConsoleOutput
{
public:
    static constexpr int kWriteFailed = 1;

    // Writes `text` (local 8-bit) to `stream` and flushes; false when any of it was not written.
    static bool print(FILE *stream, const QString &text);
    // Writes what a script reads to stdout: returns `code`, or kWriteFailed (with the reason on
    // stderr) when it could not be written.
    static int output(const QString &text, int code);
    // A message to stderr, with any control or bidi character a value brought into it escaped
    // (UserText::terminalSafe): none may retitle the terminal or reverse the line.
    static void error(const QString &text);
};

} // namespace volnux
