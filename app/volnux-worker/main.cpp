// SPDX-License-Identifier: GPL-3.0-or-later
// volnux-worker: runs RedisExecutor attempts. Wiring only; the program lives in core/cluster.

#include "core/cluster/WorkerCommand.h"
#include "core/kinds/BuiltinKinds.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    volnux::registerBuiltinKinds();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("volnux-worker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VOLNUX_VERSION));
    return volnux::WorkerCommand::main(QCoreApplication::arguments());
}
