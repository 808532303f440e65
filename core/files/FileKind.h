// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Opening files named by users without ever blocking on them. open(2) of a FIFO waits until the
// other end is opened too, so a FIFO given where a file is expected (a project, a trace) would
// hang the program forever. These functions look at what a path is before reading or writing it,
// on the descriptor they then use, so the answer cannot change in between. Stateless:
// thread-safe.

#include <QString>

class QFile;

namespace volnux {

class FileKind
{
public:
    // "a FIFO", "a character device", "a directory", ... for a stat(2) st_mode.
    static QString describe(unsigned mode);

    // Opens `path` for reading into `file` if it is a regular file (after symbolic links);
    // anything else is refused with a message ("it is a FIFO; ..."), without blocking.
    static bool openRegularForReading(QFile &file, const QString &path, QString *error);

    // Opens `path` for writing into `file`, creating it when absent. A regular file is emptied; a
    // character device (/dev/null, a terminal) or a pipe some process is reading (/dev/stdout in
    // a pipeline, a shell's >(...)) is written into. Refused with a message: a FIFO nobody reads
    // (writing it would wait forever), a socket, a block device, a directory.
    static bool openForWriting(QFile &file, const QString &path, QString *error);

    // Whether two paths name the same file: the same device and inode when both exist (so a hard
    // or symbolic link is seen through), else the same absolute path. Outputs never destroy
    // inputs: what is about to be written is compared with the project and the store.
    static bool sameFile(const QString &a, const QString &b);
};

} // namespace volnux
