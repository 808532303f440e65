// SPDX-License-Identifier: GPL-3.0-or-later
// volnux-studio: the designer window and the run monitor. Wiring only: application identity, the
// studio window (StudioWindow docks the monitor and its launcher), the project named on the
// command line or offered back after a crash.

#include "core/Version.h"
#include "core/executors/ProcessPool.h"
#include "core/kinds/BuiltinKinds.h"
#include "ui/files/DocumentFiles.h"
#include "ui/i18n/LanguageSwitcher.h"
#include "ui/mainwindow/StudioWindow.h"
#include "ui/settings/Appearance.h"
#include "ui/settings/StudioSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char *argv[])
{
    volnux::registerBuiltinKinds();
    // After registration: in a ProcessPoolExecutor worker this runs the worker loop and exits.
    volnux::ProcessPool::enableWorkerMode(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Volnux"));
    QApplication::setApplicationName(QStringLiteral("Volnux Studio"));
    QApplication::setApplicationVersion(volnux::version());
    QApplication::setDesktopFileName(QStringLiteral("volnux-studio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/volnux-studio.svg")));
    volnux::Appearance::rememberSystemLook();
    {
        const volnux::StudioSettings settings;
        volnux::Appearance::apply(volnux::Appearance::Theme(settings.theme()),
                                  settings.fontPointSize());
        // Before any text is built, so --help and the window are in the user's language.
        volnux::LanguageSwitcher::instance()->setLanguage(settings.language());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Design, run and monitor events."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The project to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    volnux::StudioWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    // After the window is shown, so dialogs (restore offer, load problems) have a parent on screen.
    QTimer::singleShot(0, &window, [&window, files] {
        if (window.files()->offerRecovery())
            return;
        if (!files.isEmpty())
            window.files()->open(files.first());
    });
    return QApplication::exec();
}
