// SPDX-License-Identifier: GPL-3.0-or-later
// volnux-run given bad input: usage errors and malformed projects exit 2 with located messages,
// hostile values are capped and escaped, error types are checked, the examples validate.

#include "tests/support/VolnuxRunTool.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace {
using volnux::test::binDir;
using volnux::test::ofType;
using volnux::test::readTrace;
using volnux::test::runTool;
using volnux::test::sourceDir;
using Result = volnux::test::ToolResult;
} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void malformedProjectsExitTwo();
    void pipelineErrorsArePointedAt();
    void hostileValuesAreCappedAndEscaped();
    void retryTypesAreChecked();
    void bundledExamplesValidate();
    void validateCostsTheFileNotItsTasks();

private:
    QString writeProject(const QString &name, const QByteArray &json)
    {
        return volnux::test::writeProject(m_dir, name, json);
    }
    QTemporaryDir m_dir;
};

void TestBadInput::initTestCase()
{
    QVERIFY(QFile::exists(binDir() + "/volnux-run"));
    QVERIFY(m_dir.isValid());
}

void TestBadInput::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no project") << QStringList{} << "no project file given";
    QTest::newRow("unknown option")
        << QStringList{"--frobnicate", "x"} << "Unknown option 'frobnicate'";
    QTest::newRow("two projects") << QStringList{"a.vxproj", "b.vxproj"}
                                  << "one project file expected";
    QTest::newRow("missing file") << QStringList{"/nonexistent/p.vxproj"}
                                  << "/nonexistent/p.vxproj: cannot open";
    QTest::newRow("unwritable trace")
        << QStringList{"--trace", "/nonexistent/t.jsonl",
                       sourceDir() + "/resources/examples/retry-showcase.vxproj"}
        << "cannot write the trace /nonexistent/t.jsonl";
    QTest::newRow("unwritable chrome trace")
        << QStringList{"--chrome-trace", "/nonexistent/t.json",
                       sourceDir() + "/resources/examples/retry-showcase.vxproj"}
        << "cannot write the Chrome trace /nonexistent/t.json: no such directory";
    QTest::newRow("seed not a number")
        << QStringList{"--seed", "abc", "x.vxproj"}
        << "--seed must be a whole number from 0 to 4294967295, got \"abc\"";
    QTest::newRow("seed too large")
        << QStringList{"--seed", "4294967296", "x.vxproj"} << "--seed must be a whole number";
    QTest::newRow("trace twice") << QStringList{"--trace", "a.jsonl", "--trace", "b.jsonl",
                                                "x.vxproj"}
                                 << "--trace given more than once";
    QTest::newRow("empty trace name")
        << QStringList{"--trace=", "x.vxproj"} << "--trace needs a file name";
    QTest::newRow("empty chrome trace name")
        << QStringList{"--chrome-trace", "", "x.vxproj"} << "--chrome-trace needs a file name";
    QTest::newRow("trace without file")
        << QStringList{"x.vxproj", "--trace"} << "Missing value after '--trace'";
}

void TestBadInput::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = runTool(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestBadInput::malformedProjectsExitTwo()
{
    const QString dir = sourceDir() + "/tests/data/malformed";
    QFile expectations(dir + "/expected.tsv");
    QVERIFY(expectations.open(QIODevice::ReadOnly));
    int checked = 0;
    for (const QByteArray &raw : expectations.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QString file = line.section('\t', 0, 0);
        const QString expected = line.section('\t', 1);
        const Result r = runTool({dir + "/" + file});
        QVERIFY2(r.exitCode == 2, qPrintable(file + ": exit " + QString::number(r.exitCode)));
        QVERIFY2(r.err.contains(expected), qPrintable(file + ": " + r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(file));
        ++checked;
    }
    QVERIFY(checked >= 40);
}

void TestBadInput::pipelineErrorsArePointedAt()
{
    const QString project =
        writeProject("badpipe.vxproj", R"J({"format":"volnux-project","version":1,
        "name":"p","events":[{"name":"fetch","kind":"simulate"}],"pipeline":"fetch -> fech"})J");
    const Result r = runTool({project});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("pipeline: line 1, column 10"), qPrintable(r.err));
    QVERIFY(r.err.contains("fetch -> fech"));
    QVERIFY(r.err.contains("         ^"));
}

// A program's error output and a project's values reach the log lines: escape sequences are
// shown escaped (never retitle the terminal), bidi controls too, and a long value is cut.
void TestBadInput::hostileValuesAreCappedAndEscaped()
{
    const QByteArray longType(1000000, 'E');
    const QString project = writeProject("hostile.vxproj", R"J({"format":"volnux-project",
        "version":1,"name":"t\u001b]0;title\u0007","events":[
        {"name":"cmd","kind":"command","params":{"program":"/bin/sh","args":["-c",
         "printf '\\033]0;owned\\007 \\342\\200\\256 reversed\\n' >&2; exit 3"]}},
        {"name":"sim","kind":"simulate","params":{"fail_with":")J" +
                                                               longType + R"J("}}]})J");
    const Result r = runTool({project});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("running t\\u001b]0;title\\u0007: 2 events"), qPrintable(r.err));
    QVERIFY2(r.err.contains("exited with code 3: \\u001b]0;owned\\u0007 \\u202e reversed"),
             qPrintable(r.err));
    QVERIFY2(r.err.contains("failed: EEEE"), qPrintable(r.err.left(2000)));
    QVERIFY2(r.err.contains(QStringLiteral("E\u2026 (1,000,000 characters)")),
             qPrintable(r.err.left(2000)));
    QVERIFY2(r.err.size() < 5000, qPrintable(QString::number(r.err.size())));
    QVERIFY(!r.err.contains(QChar(0x1b)) && !r.err.contains(QChar(0x202e)) &&
            !r.err.contains(QChar(0x07)));

    // Load errors: a ten-megabyte pipeline line, quoted back as a window of it.
    const QByteArray pipeline = "cmd -> " + QByteArray(10000000, 'x');
    const QString bad = writeProject("hostile-pipeline.vxproj",
                                     R"J({"format":"volnux-project","version":1,"events":[
        {"name":"cmd","kind":"sleep","params":{"duration_ms":0}}],"pipeline":")J" +
                                         pipeline + R"J("})J");
    const Result v = runTool({"--validate", bad});
    QCOMPARE(v.exitCode, 2);
    QVERIFY2(v.err.contains("(10,000,000 characters)"), qPrintable(v.err.left(2000)));
    QVERIFY2(v.err.size() < 2000, qPrintable(QString::number(v.err.size())));

    // Command-line values quoted back, by the runner and by `history`: escaped, and capped.
    const QString hostile = QStringLiteral("\u001b]0;title\u0007\u202e") + QString(100000, 'r');
    const QStringList store{"history", "--store", m_dir.filePath(hostile.left(20) + ".sqlite")};
    for (const QStringList &args :
         {QStringList{"--" + hostile}, store + QStringList{"list"},
          store + QStringList{"show", hostile}, store + QStringList{hostile},
          store + QStringList{"list", "--limit", hostile},
          store + QStringList{"export", "1", "--format", hostile}}) {
        const Result h = runTool(args);
        const QString shown = h.err + h.out;
        QVERIFY2(!shown.contains(QChar(0x1b)) && !shown.contains(QChar(0x202e)) &&
                     !shown.contains(QChar(0x07)),
                 qPrintable(args.first().left(40) + ": " + shown.left(300)));
        QVERIFY2(shown.contains("\\u001b]0;title\\u0007\\u202e"), qPrintable(shown.left(300)));
        QVERIFY2(shown.size() < 5000, qPrintable(QString::number(shown.size())));
    }
}

// A misspelled error type would retry nothing: refused with a did-you-mean. In a project that
// loads a plugin an unknown type may be the plugin's own: a warning, and the project runs.
void TestBadInput::retryTypesAreChecked()
{
    const QString typo = writeProject("typo.vxproj", R"J({"format":"volnux-project","version":1,
        "events":[{"name":"a","kind":"simulate","retry_policy":{"max_attempts":3,
        "retry_on_exceptions":["ConectionError"]}}]})J");
    Result r = runTool({"--validate", typo});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("events[0].retry_policy.retry_on_exceptions[0]: unknown error type "
                            "\"ConectionError\"; did you mean \"ConnectionError\"?"),
             qPrintable(r.err));
    const QString plugin =
        QDir(binDir() + "/../plugins").absoluteFilePath("libvolnux_example_plugin.so");
    const QString withPlugin = writeProject(
        "plugin-types.vxproj", QStringLiteral(R"J({"format":"volnux-project","version":1,"events":[
        {"name":"count","kind":"plugin","inputs":["a b"],"params":{"library":"%1",
         "event":"wordcount"},"retry_policy":{"retry_on_exceptions":["QuotaExceeded"]}}]})J")
                                   .arg(plugin)
                                   .toUtf8());
    r = runTool({withPlugin});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.err.contains(withPlugin +
                            ": warning: events[0].retry_policy.retry_on_exceptions[0]: "
                            "unknown error type \"QuotaExceeded\" (a plugin this "
                            "project loads may declare it"),
             qPrintable(r.err));
}

void TestBadInput::bundledExamplesValidate()
{
    const QDir examples(sourceDir() + "/resources/examples");
    const QStringList files = examples.entryList({"*.vxproj"});
    QVERIFY(files.size() >= 2);
    for (const QString &file : files) {
        const Result r = runTool({"--validate", examples.filePath(file)});
        QVERIFY2(r.exitCode == 0, qPrintable(file + ": " + r.err));
    }
}

// 100 events of a million tasks in a few kilobytes: validated in a moment (it took about 12 s and
// 3 GB when the inputs were made as a list), and one more task than that is refused, located.
void TestBadInput::validateCostsTheFileNotItsTasks()
{
    QByteArrayList events;
    for (int i = 0; i < 100; ++i)
        events << R"({"name":"e)" + QByteArray::number(i) +
                      R"(","kind":"simulate","tasks":1000000})";
    const QByteArray head = R"({"format":"volnux-project","version":1,"name":"big","events":[)";
    const QString project = writeProject("big.vxproj", head + events.join(',') + "]}");
    QElapsedTimer timer;
    timer.start();
    Result r = runTool({"--validate", project});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("valid (100 events, 100000000 tasks)"), qPrintable(r.out));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    events << R"({"name":"one_more","kind":"simulate"})";
    const QString over = writeProject("over.vxproj", head + events.join(',') + "]}");
    r = runTool({"--validate", over});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("over.vxproj: events[100]: the project has 100000001 tasks in all, "
                            "more than the 100000000 a project may have"),
             qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
