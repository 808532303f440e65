// SPDX-License-Identifier: GPL-3.0-or-later
// The Help menu: the user guide opens from the program itself (embedded, with its pictures and
// the documents it links to), the shortcut list is made from the window's actions, and About
// names the versions and the licence.

#include "core/kinds/BuiltinKinds.h"
#include "ui/help/AboutText.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/help/UserGuideDialog.h"
#include "ui/mainwindow/StudioWindow.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace volnux;

class TestHelp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpMenuOffersGuideShortcutsAndAbout();
    void userGuideOpensWithItsPicturesAndLinks();
    void shortcutListComesFromTheActions();
    void aboutNamesVersionsAndLicence();

private:
    QTemporaryDir m_dir;
};

void TestHelp::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VolnuxTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_help"));
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    QSettings().clear();
    registerBuiltinKinds();
}

void TestHelp::helpMenuOffersGuideShortcutsAndAbout()
{
    StudioWindow window(nullptr, m_dir.filePath(QStringLiteral("recovery")));
    for (const char *name : {"actionUserGuide", "actionShortcuts", "actionAbout"})
        QVERIFY2(window.findChild<QAction *>(QString::fromLatin1(name)), name);
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionUserGuide"))->shortcut(),
             QKeySequence(QKeySequence::HelpContents));
}

void TestHelp::userGuideOpensWithItsPicturesAndLinks()
{
    QVERIFY(QFile::exists(QStringLiteral(":/docs/user-guide.md")));
    UserGuideDialog guide;
    QTextBrowser *text = guide.browser();
    QVERIFY(text->toPlainText().startsWith(QStringLiteral("Volnux Studio user guide")));
    QVERIFY(text->toPlainText().contains(QStringLiteral("Keyboard")));
    // Every picture the guide shows is embedded.
    const QString markdown = text->document()->toMarkdown();
    qsizetype from = 0;
    int pictures = 0;
    while ((from = markdown.indexOf(QStringLiteral("](images/"), from)) >= 0) {
        const qsizetype end = markdown.indexOf(QLatin1Char(')'), from);
        const QString name = markdown.mid(from + 2, end - from - 2);
        QVERIFY2(QFile::exists(QStringLiteral(":/docs/") + name), qPrintable(name));
        from = end;
        ++pictures;
    }
    QVERIFY(pictures >= 3);
    // A link to another document opens it in the same window, and Back returns.
    text->setSource(QUrl(QStringLiteral("semantics.md")), QTextDocument::MarkdownResource);
    QVERIFY(text->toPlainText().contains(QStringLiteral("retry"), Qt::CaseInsensitive));
    QVERIFY(text->isBackwardAvailable());
    text->backward();
    QVERIFY(text->toPlainText().startsWith(QStringLiteral("Volnux Studio user guide")));
}

void TestHelp::shortcutListComesFromTheActions()
{
    StudioWindow window(nullptr, m_dir.filePath(QStringLiteral("recovery")));
    ShortcutsDialog dialog(&window);
    QTableWidget *table = dialog.table();
    QHash<QString, QString> listed;
    for (int row = 0; row < table->rowCount(); ++row)
        listed.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
    QCOMPARE(listed.value(QStringLiteral("Run")),
             QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText));
    QCOMPARE(listed.value(QStringLiteral("Save")),
             QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    QVERIFY(listed.contains(QStringLiteral("User Guide")));
    for (const QString &shortcut : listed)
        QVERIFY(!shortcut.isEmpty());
}

void TestHelp::aboutNamesVersionsAndLicence()
{
    const QString text = aboutText();
    QVERIFY(text.contains(QStringLiteral("9.8.7")));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral("QCustomPlot 2.")));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
