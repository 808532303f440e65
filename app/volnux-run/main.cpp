// SPDX-License-Identifier: GPL-3.0-or-later
// volnux-run: the headless runner. Wiring only; the program lives in core/runner.

#include "core/Version.h"
#include "core/executors/ProcessPool.h"
#include "core/kinds/BuiltinKinds.h"
#include "core/runner/AllocatorTuning.h"
#include "core/runner/HeadlessRunner.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    volnux::keepFreedMemoryForReuse();
    volnux::registerBuiltinKinds();
    // After registration: in a ProcessPoolExecutor worker this runs the worker loop and exits.
    volnux::ProcessPool::enableWorkerMode(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("volnux-run"));
    QCoreApplication::setApplicationVersion(volnux::version());
    return volnux::HeadlessRunner::main(QCoreApplication::arguments());
}
