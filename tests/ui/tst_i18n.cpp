// SPDX-License-Identifier: GPL-3.0-or-later
// The studio in German, French, Spanish and Japanese, switched while it runs: menus, buttons,
// dock titles, the window title and the plots follow each language and come back to English;
// the choice made in Preferences applies at once and persists; the default is the system's
// language; numbers follow the language's locale.

#include "core/kinds/BuiltinKinds.h"
#include "core/retry/RetryPolicy.h"
#include "ui/i18n/LanguageSwitcher.h"
#include "ui/mainwindow/StudioWindow.h"
#include "tests/support/RecordBuilders.h"
#include "ui/monitor/RunControlBar.h"
#include "ui/monitor/RunMonitor.h"
#include "ui/plots/BackoffPreview.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/settings/StudioSettings.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace volnux;

namespace {

// What a user sees first, in the order the test compares them.
QStringList sample(const StudioWindow &window)
{
    QStringList texts;
    for (QAction *menu : window.menuBar()->actions())
        texts << menu->text();
    // Not the pipeline's: "Pipeline" is the word in German, French and Spanish too.
    for (const char *dock : {"explorerDock", "problemsDock", "runDock"})
        texts << window.findChild<QDockWidget *>(QString::fromLatin1(dock))->windowTitle();
    texts << window.findChild<QAction *>(QStringLiteral("actionSave"))->text();
    texts << window.findChild<QAction *>(QStringLiteral("actionSave"))->toolTip();
    texts << window.findChild<QToolButton *>(QStringLiteral("problemCount"))->text();
    texts << window.windowTitle();
    return texts;
}

// The monitor's Run button: its bar's first.
QString runButtonText(const StudioWindow &window)
{
    const auto *bar = window.findChild<RunControlBar *>();
    return bar ? bar->findChildren<QToolButton *>().value(0)->text() : QString();
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void shipsFourLanguagesWithNativeNames();
    void defaultFollowsTheSystemLanguage();
    void eachLanguageTranslatesTheWindowAndBack_data();
    void eachLanguageTranslatesTheWindowAndBack();
    void windowBuiltInALanguageStartsInIt();
    void preferencesSwitchAtOnceAndPersist();
    void numbersFollowTheLanguage();
    void unknownLanguageChangesNothing();
    void runBarFollowsTheLanguage();

private:
    QTemporaryDir m_dir;
};

void TestI18n::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VolnuxTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_i18n"));
    QSettings().clear();
    registerBuiltinKinds();
    LanguageSwitcher::instance(); // before any window, as in main()
}

void TestI18n::shipsFourLanguagesWithNativeNames()
{
    QStringList codes = LanguageSwitcher::shippedLanguages();
    codes.sort();
    QCOMPARE(codes, (QStringList{"de", "en", "es", "fr", "ja"}));
    QCOMPARE(StudioSettings::availableLanguages(), LanguageSwitcher::shippedLanguages());
    QCOMPARE(LanguageSwitcher::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(LanguageSwitcher::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    QCOMPARE(LanguageSwitcher::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
    QCOMPARE(LanguageSwitcher::nativeName(QStringLiteral("ja")), QStringLiteral("日本語"));
    QCOMPARE(LanguageSwitcher::nativeName(QStringLiteral("en")), QStringLiteral("English"));
}

void TestI18n::defaultFollowsTheSystemLanguage()
{
    QCOMPARE(LanguageSwitcher::languageFor(QLocale(QStringLiteral("de_AT"))), QStringLiteral("de"));
    QCOMPARE(LanguageSwitcher::languageFor(QLocale(QStringLiteral("ja_JP"))), QStringLiteral("ja"));
    QCOMPARE(LanguageSwitcher::languageFor(QLocale(QStringLiteral("pt_BR"))), QStringLiteral("en"));
    QSettings().remove(QStringLiteral("ui/language"));
    StudioSettings settings;
    QCOMPARE(settings.language(), LanguageSwitcher::systemLanguage());
    settings.setLanguage(QStringLiteral("xx")); // a language a later build no longer ships
    QCOMPARE(settings.language(), LanguageSwitcher::systemLanguage());
}

void TestI18n::eachLanguageTranslatesTheWindowAndBack_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("helpMenu");
    QTest::addColumn<QString>("projectDock");
    QTest::addColumn<QString>("runButton");
    QTest::addColumn<QString>("noProblems");
    QTest::addColumn<QString>("untitled");
    QTest::newRow("German") << "de"
                            << "&Datei"
                            << "&Hilfe"
                            << "Projekt"
                            << "Ausführen"
                            << "Keine Probleme"
                            << "Unbenannt";
    QTest::newRow("French") << "fr"
                            << "&Fichier"
                            << "&Aide"
                            << "Projet"
                            << "Exécuter"
                            << "Aucun problème"
                            << "Sans titre";
    QTest::newRow("Spanish") << "es"
                             << "&Archivo"
                             << "Ay&uda"
                             << "Proyecto"
                             << "Ejecutar"
                             << "Sin problemas"
                             << "Sin título";
    QTest::newRow("Japanese") << "ja"
                              << "ファイル(&F)"
                              << "ヘルプ(&H)"
                              << "プロジェクト"
                              << "実行"
                              << "問題なし"
                              << "無題";
}

void TestI18n::eachLanguageTranslatesTheWindowAndBack()
{
    QFETCH(QString, code);
    LanguageSwitcher *switcher = LanguageSwitcher::instance();
    QVERIFY(switcher->setLanguage(QStringLiteral("en")));
    StudioWindow window(nullptr, m_dir.filePath(QStringLiteral("recovery")));
    const QStringList english = sample(window);
    QCOMPARE(english.first(), QStringLiteral("&File"));
    QCOMPARE(runButtonText(window), QStringLiteral("Run"));

    QVERIFY(switcher->setLanguage(code));
    QCOMPARE(switcher->language(), code);
    const QStringList translated = sample(window);
    QTEST(translated.first(), "fileMenu");
    QFETCH(QString, helpMenu);
    QVERIFY2(translated.contains(helpMenu), qPrintable(translated.join(u'|')));
    QFETCH(QString, projectDock);
    QCOMPARE(window.findChild<QDockWidget *>(QStringLiteral("explorerDock"))->windowTitle(),
             projectDock);
    QTEST(runButtonText(window), "runButton");
    QTEST(window.findChild<QToolButton *>(QStringLiteral("problemCount"))->text(), "noProblems");
    QFETCH(QString, untitled);
    QVERIFY2(window.windowTitle().startsWith(untitled), qPrintable(window.windowTitle()));
    // Every sampled text changed: none was left in English.
    for (qsizetype i = 0; i < english.size(); ++i)
        QVERIFY2(translated[i] != english[i], qPrintable(english[i]));

    QVERIFY(switcher->setLanguage(QStringLiteral("en")));
    QCOMPARE(sample(window), english);
    QCOMPARE(runButtonText(window), QStringLiteral("Run"));
}

void TestI18n::windowBuiltInALanguageStartsInIt()
{
    QVERIFY(LanguageSwitcher::instance()->setLanguage(QStringLiteral("ja")));
    StudioWindow window(nullptr, m_dir.filePath(QStringLiteral("recovery")));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("ファイル(&F)"));
    QVERIFY(LanguageSwitcher::instance()->setLanguage(QStringLiteral("en")));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
}

void TestI18n::preferencesSwitchAtOnceAndPersist()
{
    QVERIFY(LanguageSwitcher::instance()->setLanguage(QStringLiteral("en")));
    StudioWindow window(nullptr, m_dir.filePath(QStringLiteral("recovery")));
    StudioSettings settings;
    PreferencesDialog dialog(&settings, &window);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 5);
    QVERIFY(combo->findText(QStringLiteral("Deutsch")) >= 0);
    combo->setCurrentIndex(combo->findData(QStringLiteral("fr")));
    dialog.accept();
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
    QCOMPARE(StudioSettings().language(), QStringLiteral("fr"));

    PreferencesDialog again(&settings, &window);
    auto *next = again.findChild<QComboBox *>(QStringLiteral("language"));
    QCOMPARE(next->currentData().toString(), QStringLiteral("fr"));
    QCOMPARE(again.windowTitle(), QStringLiteral("Préférences"));
    next->setCurrentIndex(next->findData(QStringLiteral("en")));
    again.accept();
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(StudioSettings().language(), QStringLiteral("en"));
}

void TestI18n::numbersFollowTheLanguage()
{
    QVERIFY(LanguageSwitcher::instance()->setLanguage(QStringLiteral("de")));
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    // The retry chart's summary: waits of 0, 0.7 s and 1.4 s add up to 2.1 s.
    RetryPolicy policy;
    policy.max_attempts = 4;
    policy.backoff_factor = 0.35;
    BackoffPreview preview;
    preview.setPolicy(policy);
    QVERIFY2(preview.summary().contains(QStringLiteral("2,1 s")), qPrintable(preview.summary()));
    QVERIFY(LanguageSwitcher::instance()->setLanguage(QStringLiteral("fr")));
    QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
    QVERIFY(LanguageSwitcher::instance()->setLanguage(QStringLiteral("en")));
    QCOMPARE(QLocale().decimalPoint(), QStringLiteral("."));
    preview.setPolicy(policy);
    QVERIFY2(preview.summary().contains(QStringLiteral("2.1 s")), qPrintable(preview.summary()));
}

void TestI18n::unknownLanguageChangesNothing()
{
    QVERIFY(LanguageSwitcher::instance()->setLanguage(QStringLiteral("de")));
    QVERIFY(!LanguageSwitcher::instance()->setLanguage(QStringLiteral("xx")));
    QCOMPARE(LanguageSwitcher::instance()->language(), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("volnux::MainWindow", "&File"), QStringLiteral("&Datei"));
    QVERIFY(LanguageSwitcher::instance()->setLanguage(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("volnux::MainWindow", "&File"), QStringLiteral("&File"));
}

// The run bar's status is built from the run's state: the monitor builds it again on a switch.
void TestI18n::runBarFollowsTheLanguage()
{
    QVERIFY(LanguageSwitcher::instance()->setLanguage(QStringLiteral("en")));
    RunMonitor monitor;
    RunRecord event = test::rec(RecordType::EventStarted, 0);
    event.total = 1;
    monitor.replay({test::rec(RecordType::RunStarted, 0), event,
                    test::rec(RecordType::TaskQueued, 0, 0)});
    const auto statusText = [&monitor] {
        QStringList texts;
        for (const QLabel *label : monitor.findChild<RunControlBar *>()->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(u'|');
    };
    QVERIFY2(statusText().contains(QStringLiteral("Run: running")), qPrintable(statusText()));
    QVERIFY(LanguageSwitcher::instance()->setLanguage(QStringLiteral("de")));
    QVERIFY2(statusText().contains(QStringLiteral("Lauf: läuft")), qPrintable(statusText()));
    QVERIFY(LanguageSwitcher::instance()->setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
