// SPDX-License-Identifier: GPL-3.0-or-later
// Project files made to hurt: the malformed corpus (every file refused with a located message),
// endless devices, and floods of duplicate keys and problems.
#include "ProjectFileTestSupport.h"
#include "core/project/ProjectFile.h"
#include "core/project/ProjectJson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace volnux;
using volnux::test::minimalFile;
using volnux::test::parsed;
using volnux::test::readAll;
using volnux::test::sourcePath;

class TestProjectHostile : public QObject
{
    Q_OBJECT
private slots:
    void malformedCorpus_data();
    void malformedCorpus();
    void corpusIsListedCompletely();
    void endlessDeviceIsRefused();
    void manyDuplicateKeysAreLocatedInLinearTime();
    void manyProblemsAreCapped();
    void eventsAreLimited();
};

void TestProjectHostile::malformedCorpus_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    const QString dir = sourcePath("tests/data/malformed");
    QVERIFY(!dir.isEmpty());
    const QByteArray table = readAll(dir + "/expected.tsv");
    QVERIFY(!table.isEmpty());
    for (const QByteArray &line : table.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> columns = line.split('\t');
        QCOMPARE(columns.size(), 2);
        QTest::newRow(columns[0].constData())
            << dir + "/" + QString::fromUtf8(columns[0]) << QString::fromUtf8(columns[1]);
    }
}

void TestProjectHostile::malformedCorpus()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const auto result = ProjectFile::load(path);
    QVERIFY2(!result.ok(), "a malformed file loaded");
    bool found = false;
    for (const QString &error : result.errors()) {
        QVERIFY2(error.startsWith(path + ": "), qPrintable(error));
        found = found || error.contains(expected);
    }
    QVERIFY2(found, qPrintable("expected: " + expected + "\ngot:\n" + result.errorString()));
}

void TestProjectHostile::corpusIsListedCompletely()
{
    const QString dir = sourcePath("tests/data/malformed");
    const QStringList files = QDir(dir).entryList({"*.vxproj"}, QDir::Files);
    QVERIFY(files.size() >= 45);
    const QByteArray table = readAll(dir + "/expected.tsv");
    for (const QString &file : files)
        QVERIFY2(table.contains(QByteArray("\n" + file.toUtf8() + "\t")),
                 qPrintable(file + " is not in expected.tsv"));
}

// A project is a regular file: a device is refused before it is read (/dev/zero has no end), and
// so is a FIFO, whose open would wait for a writer forever (tst_outputfiles covers that).
void TestProjectHostile::endlessDeviceIsRefused()
{
    const Result<Project> p = ProjectFile::load(QStringLiteral("/dev/zero"));
    QVERIFY(!p.ok());
    QCOMPARE(p.errorString(), QStringLiteral("/dev/zero: cannot open: it is a character device, "
                                             "not a regular file"));
}

// 200,000 repeated keys: each is located from where the previous one was, not from the start
// (which took minutes), and ten are listed before a count of the rest.
void TestProjectHostile::manyDuplicateKeysAreLocatedInLinearTime()
{
    QByteArray json = R"({"format": "volnux-project", "version": 1, "events": [],
"name": "n")";
    for (int i = 0; i < 200000; ++i)
        json += R"(,"name":"n")";
    json += "}";
    QElapsedTimer timer;
    timer.start();
    const Result<Project> p = ProjectFile::parse(json, QStringLiteral("dup.vxproj"));
    const qint64 ms = timer.elapsed();
    QVERIFY(!p.ok());
    QCOMPARE(p.errors().size(), 11);
    QCOMPARE(p.errors().first(), QStringLiteral("dup.vxproj: name: duplicate key at line 2, "
                                                "column 13 (byte 69); each key may appear only "
                                                "once in an object"));
    QCOMPARE(p.errors().at(9).section(QStringLiteral(" (byte"), 0, 0),
             QStringLiteral("dup.vxproj: name: duplicate key at line 2, column 112"));
    QCOMPARE(p.errors().last(),
             QStringLiteral("dup.vxproj: \u2026 and 199,990 more duplicate keys"));
    // Linear: well under a second here; the quadratic scan took minutes.
    QVERIFY2(ms < 20000, qPrintable(QString::number(ms) + " ms"));
}

// However many problems a file has, the report lists 100 and counts the rest.
void TestProjectHostile::manyProblemsAreCapped()
{
    QByteArray json = R"({"format": "volnux-project", "version": 1, "events": [])";
    for (int i = 0; i < 250; ++i)
        json += ",\"unknown" + QByteArray::number(i) + "\": 1";
    json += "}";
    const Result<Project> p = ProjectFile::parse(json, QStringLiteral("many.vxproj"));
    QVERIFY(!p.ok());
    QCOMPARE(p.errors().size(), 101);
    QVERIFY2(p.errors().first().startsWith(QStringLiteral("many.vxproj: unknown")),
             qPrintable(p.errors().first()));
    QCOMPARE(p.errors().last(), QStringLiteral("many.vxproj: \u2026 and 150 more problems"));
}

// Each event costs the studio's designer far more than its bytes in the file (a 7 MB file of
// 100,000 events took 2 GB to open), so a project holds at most kMaxEvents. The whole list is
// refused in one message before any event is read.
void TestProjectHostile::eventsAreLimited()
{
    auto events = [](int count) -> QByteArray {
        QByteArray json = R"({"format": "volnux-project", "version": 1, "events": [)";
        for (int i = 0; i < count; ++i)
            json += (i ? ",{\"name\":\"e" : "{\"name\":\"e") + QByteArray::number(i) +
                    R"(","kind":"sleep","params":{"duration_ms":0}})";
        return json + "]}";
    };
    const Result<Project> most = ProjectFile::parse(events(ProjectJson::kMaxEvents));
    QVERIFY2(most.ok(), qPrintable(most.errorString().left(500)));
    QCOMPARE(most->events.size(), ProjectJson::kMaxEvents);

    const Result<Project> over =
        ProjectFile::parse(events(ProjectJson::kMaxEvents + 1), QStringLiteral("wide.vxproj"));
    QVERIFY(!over.ok());
    QCOMPARE(over.errors(),
             QStringList{"wide.vxproj: events: the project has 10001 events, more than the 10000 "
                         "a project may have; give the work to the tasks of fewer events"});
}

QTEST_GUILESS_MAIN(TestProjectHostile)
#include "tst_projecthostile.moc"
