// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runner/ConsoleOutput.h"

#include "core/UserText.h"

#include <cerrno>
#include <cstring>

namespace volnux {

bool ConsoleOutput::print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    const bool written =
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) == size_t(bytes.size());
    return std::fflush(stream) == 0 && written;
}

void ConsoleOutput::error(const QString &text)
{
    print(stderr, UserText::terminalSafe(text));
}

int ConsoleOutput::output(const QString &text, int code)
{
    errno = 0;
    if (print(stdout, text))
        return code;
    print(stderr, QStringLiteral("volnux-run: cannot write the output: %1\n")
                      .arg(QString::fromLocal8Bit(std::strerror(errno ? errno : EIO))));
    return kWriteFailed;
}

} // namespace volnux
