// SPDX-License-Identifier: GPL-3.0-or-later
// UserText: every user value a message quotes is cut to a bounded size, with its length said, and
// cannot drive the terminal (control characters) or reorder the line (bidi controls).

#include "core/ConfigField.h"
#include "core/UserText.h"
#include "core/pipeline/PointyParser.h"
#include "core/project/ProjectFile.h"

#include <QTest>

using namespace volnux;

class TestUserText : public QObject
{
    Q_OBJECT
private slots:
    void quotedShortValuesAreUnchanged();
    void longValuesAreCutWithTheirLength();
    void controlAndBidiCharactersAreEscaped();
    void surrogatePairsAreNotSplit();
    void aWholeMessageKeepsItsLinesOnly();
    void loaderMessagesUseIt();
    void pipelineErrorShowsAWindow();
};

void TestUserText::quotedShortValuesAreUnchanged()
{
    QCOMPARE(UserText::quoted(u"fetch"), QStringLiteral("\"fetch\""));
    QCOMPARE(UserText::quoted(u"ünïcode — ok"), QStringLiteral("\"ünïcode — ok\""));
    QCOMPARE(UserText::escaped(u"plain line"), QStringLiteral("plain line"));
    QCOMPARE(UserText::quoted(u"it's", 60, u'\''), QStringLiteral("'it\\'s'"));
    QCOMPARE(UserText::quoted(u"say \"hi\" \\o/"), QStringLiteral("\"say \\\"hi\\\" \\\\o/\""));
}

void TestUserText::longValuesAreCutWithTheirLength()
{
    const QString huge(10'000'000, QLatin1Char('a'));
    const QString q = UserText::quoted(huge);
    QCOMPARE(q, QLatin1Char('"') + QString(60, QLatin1Char('a')) +
                    QStringLiteral("\u2026\" (10,000,000 characters)"));
    const QString line = UserText::escaped(huge);
    QCOMPARE(line.size(), 1000 + 1 + qsizetype(QStringLiteral(" (10,000,000 characters)").size()));
    QVERIFY(line.endsWith(QStringLiteral("a\u2026 (10,000,000 characters)")));
    QCOMPARE(UserText::quoted(QString(60, QLatin1Char('b'))),
             QLatin1Char('"') + QString(60, QLatin1Char('b')) + QLatin1Char('"'));
}

void TestUserText::controlAndBidiCharactersAreEscaped()
{
    const QString hostile = QStringLiteral("a\u001b]0;owned\u0007b\r\nc\td\u202Eevil\u2066x\u200Fy"
                                           "\u007f\u0085\uFEFF");
    const QString expected = QStringLiteral("a\\u001b]0;owned\\u0007b\\r\\nc\\td\\u202eevil\\u2066x"
                                            "\\u200fy\\u007f\\u0085\\ufeff");
    QCOMPARE(UserText::escaped(hostile), expected);
    QCOMPARE(UserText::quoted(hostile, 1000), QLatin1Char('"') + expected + QLatin1Char('"'));
    for (const QString &shown : {UserText::escaped(hostile), UserText::quoted(hostile)}) {
        for (const QChar c : shown)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x202e,
                     qPrintable(QString::number(c.unicode(), 16)));
    }
}

void TestUserText::surrogatePairsAreNotSplit()
{
    const QString emoji = QString(59, QLatin1Char('x')) + QStringLiteral("\U0001F600tail");
    const QString q = UserText::quoted(emoji);
    QVERIFY2(q.startsWith(QLatin1Char('"') + QString(59, QLatin1Char('x')) + QChar(0x2026)),
             qPrintable(q));
}

// The last step before a terminal: a message keeps its line breaks and tabs, and nothing else a
// value may have brought into it unescaped; what was already escaped is left as it is.
void TestUserText::aWholeMessageKeepsItsLinesOnly()
{
    const QString message = QStringLiteral("volnux-run: no such run \u001b]0;title\u0007\r\u202e"
                                           "x\n\tsecond line \u00e9\u6f22 \\u001b\n");
    QCOMPARE(UserText::terminalSafe(message),
             QStringLiteral("volnux-run: no such run \\u001b]0;title\\u0007\\r\\u202ex\n\tsecond "
                            "line \u00e9\u6f22 \\u001b\n"));
    const QString plain = QStringLiteral("a\tb\nc \"quoted\" \\ d\n");
    QCOMPARE(UserText::terminalSafe(plain), plain);
}

// The loader's messages quote values, keys and names through UserText.
void TestUserText::loaderMessagesUseIt()
{
    QCOMPARE(config::describeValue(QStringLiteral("x\u001b[2Jy")),
             QStringLiteral("\"x\\u001b[2Jy\""));
    const QByteArray longName(200000, 'Q');
    const Result<Project> p = ProjectFile::parse(
        R"({"format":"volnux-project","version":1,"events":[],"bad\u001b]0;t\u0007":1,")" +
        longName + R"(":2})");
    QVERIFY(!p.ok());
    const QString all = p.errorString();
    QVERIFY2(all.contains(QStringLiteral("bad\\u001b]0;t\\u0007: unknown key")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("(200,000 characters): unknown key")),
             qPrintable(all.left(500)));
    QVERIFY2(all.size() < 2000, qPrintable(QString::number(all.size())));
    for (const QChar c : all)
        QVERIFY(c.unicode() >= 0x20 || c == QLatin1Char('\n'));
}

// A pipeline of one enormous line: the error shows the neighbourhood of the problem only.
void TestUserText::pipelineErrorShowsAWindow()
{
    const QString pipeline = QStringLiteral("a -> ") + QString(5'000'000, QLatin1Char('b')) +
                             QStringLiteral(" -> \u202Ec");
    PipelineError error;
    const auto graph = PointyParser::parse(pipeline, {QStringLiteral("a")}, &error);
    QVERIFY(!graph.ok());
    const QString text = error.formatted();
    QVERIFY2(text.size() < 1000, qPrintable(QString::number(text.size())));
    QVERIFY2(text.contains(QStringLiteral("(5,000,000 characters)")), qPrintable(text));
    for (const QChar c : text)
        QVERIFY(c.unicode() >= 0x20 || c == QLatin1Char('\n'));
}

QTEST_GUILESS_MAIN(TestUserText)
#include "tst_usertext.moc"
