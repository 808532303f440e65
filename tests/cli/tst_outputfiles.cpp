// SPDX-License-Identifier: GPL-3.0-or-later
// volnux-run's output files: a trace never overwrites the project (by path or by hard link), FIFOs
// and devices never block, pipes take output, and a full disk is a failure.

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

class TestOutputFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void outputsNeverDestroyInputs();
    void chromeTraceToAPipe();
    void hardLinkedOutputIsRefused();
    void fifosNeverBlock();
    void unwritableOutputIsAFailure_data();
    void unwritableOutputIsAFailure();

private:
    QString writeProject(const QString &name, const QByteArray &json)
    {
        return volnux::test::writeProject(m_dir, name, json);
    }
    QTemporaryDir m_dir;
};

void TestOutputFiles::initTestCase()
{
    QVERIFY(QFile::exists(binDir() + "/volnux-run"));
    QVERIFY(m_dir.isValid());
}

// A trace option naming the project, or both traces naming one file, is refused before anything
// is written; so is a run whose Chrome trace cannot be written, and it leaves the trace alone.
void TestOutputFiles::outputsNeverDestroyInputs()
{
    const QString example = sourceDir() + "/resources/examples/nightly-build.vxproj";
    const QString project = m_dir.filePath("keep.vxproj");
    QVERIFY(QFile::copy(example, project));
    const QByteArray before = [&] {
        QFile f(project);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    Result r = runTool({"--trace", project, project});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("is the project file; writing it would destroy the project"),
             qPrintable(r.err));
    r = runTool({"--chrome-trace", m_dir.filePath("./sub/../keep.vxproj"), project});
    QCOMPARE(r.exitCode, 2);
    QFile kept(project);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), before);

    const QString same = m_dir.filePath("same.out");
    r = runTool({"--trace", same, "--chrome-trace", same, project});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("both name"), qPrintable(r.err));

    const QString trace = m_dir.filePath("precious.jsonl");
    QFile precious(trace);
    QVERIFY(precious.open(QIODevice::WriteOnly) && precious.write("precious\n") == 9);
    precious.close();
    r = runTool({"--trace", trace, "--chrome-trace", "/nonexistent/t.json", project});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(precious.open(QIODevice::ReadOnly));
    QCOMPARE(precious.readAll(), QByteArray("precious\n"));
}

// `--chrome-trace /dev/stdout` writes into the pipe; it does not put a file in the device's place.
void TestOutputFiles::chromeTraceToAPipe()
{
    const Result r = runTool({"-q", "--chrome-trace", "/dev/stdout",
                              sourceDir() + "/resources/examples/nightly-build.vxproj"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("{\"displayTimeUnit\":\"ms\",\"traceEvents\":["), qPrintable(r.err));
    QVERIFY(QFileInfo("/dev/stdout").isSymLink() || !QFileInfo("/dev/stdout").isFile());
}

// A hard link is the project under another name: writing the trace there would empty the
// project, though the paths differ. Refused before anything is written.
void TestOutputFiles::hardLinkedOutputIsRefused()
{
    const QString project = m_dir.filePath("linked.vxproj");
    QVERIFY(QFile::copy(sourceDir() + "/resources/examples/nightly-build.vxproj", project));
    const QByteArray before = [&] {
        QFile f(project);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!before.isEmpty());
    for (const char *option : {"--trace", "--chrome-trace"}) {
        const QString link =
            m_dir.filePath(QStringLiteral("link%1.out").arg(QLatin1String(option)));
        QVERIFY(::link(QFile::encodeName(project).constData(),
                       QFile::encodeName(link).constData()) == 0);
        const Result r = runTool({QLatin1String(option), link, project});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is the project file; writing it would destroy the project"),
                 qPrintable(r.err));
        QFile kept(project);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), before);
    }
    // Two hard links to one output file are one file too.
    const QString first = m_dir.filePath("out-a.jsonl");
    const QString second = m_dir.filePath("out-b.jsonl");
    QFile out(first);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.close();
    QVERIFY(::link(QFile::encodeName(first).constData(), QFile::encodeName(second).constData()) ==
            0);
    const Result r = runTool({"--trace", first, "--chrome-trace", second, project});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("both name"), qPrintable(r.err));
}

// A FIFO opens only when its other end does: given as the project, or as a trace nobody reads,
// it would block volnux-run forever. Both are refused at once, with what the path is.
void TestOutputFiles::fifosNeverBlock()
{
    const QString fifo = m_dir.filePath("fifo");
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString project = sourceDir() + "/resources/examples/nightly-build.vxproj";

    Result r = runTool({fifo}, 10000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(fifo + ": cannot open: it is a FIFO (named pipe), not a regular file"),
             qPrintable(r.err));
    r = runTool({"/dev/null"}, 10000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("/dev/null: cannot open: it is a character device, not a regular file"),
             qPrintable(r.err));

    r = runTool({"--trace", fifo, project}, 10000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("cannot write the trace " + fifo +
                            ": it is a FIFO (named pipe) that no process is reading"),
             qPrintable(r.err));
    r = runTool({"--chrome-trace", fifo, project}, 10000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("cannot write the Chrome trace " + fifo +
                            ": it is a FIFO (named pipe) that no process is reading"),
             qPrintable(r.err));
    // Devices that take writes still do.
    const QString quick = writeProject("quick.vxproj", R"J({"format":"volnux-project",
        "version":1,"events":[{"name":"a","kind":"simulate","tasks":2}]})J");
    r = runTool({"-q", "--trace", "/dev/null", "--chrome-trace", "/dev/zero", quick}, 30000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

// What scripts read must reach them: a full disk is a failure (exit 1), said on stderr.
void TestOutputFiles::unwritableOutputIsAFailure_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("summary") << QStringList{"-q"};
    QTest::newRow("json") << QStringList{"--json"};
    QTest::newRow("graph") << QStringList{"--graph"};
    QTest::newRow("validate") << QStringList{"--validate"};
}

void TestOutputFiles::unwritableOutputIsAFailure()
{
    QFETCH(QStringList, args);
    if (!QFileInfo("/dev/full").exists() || QFileInfo("/dev/full").isFile())
        QSKIP("no /dev/full device here");
    QProcess p;
    p.setStandardOutputFile("/dev/full");
    p.start(binDir() + "/volnux-run",
            args << sourceDir() + "/resources/examples/nightly-build.vxproj");
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(QString::fromUtf8(p.readAllStandardError())
                .contains("cannot write the output: No space left on device"));
}

QTEST_GUILESS_MAIN(TestOutputFiles)
#include "tst_outputfiles.moc"
