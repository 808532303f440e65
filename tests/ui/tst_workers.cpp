// SPDX-License-Identifier: GPL-3.0-or-later
// The Workers panel and the studio's cluster settings: the panel lists the volnux-worker processes
// connected to a private redis-server with their heartbeat age, and counts what each did from the
// run's records; Preferences refuse a malformed Redis URL and keep a good one.

#include "core/cluster/WorkerPresence.h"
#include "tests/support/RecordBuilders.h"
#include "tests/support/RedisServer.h"
#include "ui/cluster/WorkersModel.h"
#include "ui/cluster/WorkersPanel.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/settings/StudioSettings.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace volnux;

namespace {

RunRecord attempt(RecordType type, const QString &host, qint64 pid, int task,
                  AttemptOutcome outcome = AttemptOutcome::Success)
{
    RunRecord r = test::rec(type, 0, task, 1);
    r.host = Name(host);
    r.pid = pid;
    r.outcome = outcome;
    return r;
}

QString cell(const WorkersModel &model, int row, int column)
{
    return model.data(model.index(row, column), Qt::DisplayRole).toString();
}

} // namespace

class TestWorkers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void modelCountsEachWorkersAttempts();
    void panelListsConnectedWorkers();
    void preferencesRefuseAMalformedRedisUrl();
    void aRedisPasswordIsKeptInAFileOfItsOwnersAlone();
};

void TestWorkers::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VolnuxTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workers"));
    QSettings().clear();
}

void TestWorkers::modelCountsEachWorkersAttempts()
{
    WorkersModel model;
    model.applyRecords(
        RunRecords{attempt(RecordType::AttemptStarted, "a", 1, 0),
                   attempt(RecordType::AttemptStarted, "a", 1, 1),
                   attempt(RecordType::AttemptStarted, "b", 2, 2),
                   attempt(RecordType::AttemptFinished, "a", 1, 0),
                   attempt(RecordType::AttemptFinished, "b", 2, 2, AttemptOutcome::Error),
                   test::rec(RecordType::AttemptStarted, 0, 3, 1)}); // local: no host
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, WorkersModel::NameColumn), QStringLiteral("a:1"));
    QCOMPARE(cell(model, 0, WorkersModel::RunningColumn), QStringLiteral("1"));
    QCOMPARE(cell(model, 0, WorkersModel::FinishedColumn), QStringLiteral("1"));
    QCOMPARE(cell(model, 1, WorkersModel::FailedColumn), QStringLiteral("1"));
    QCOMPARE(cell(model, 1, WorkersModel::RunningColumn), QStringLiteral("0"));
    QCOMPARE(cell(model, 0, WorkersModel::HeartbeatColumn), QStringLiteral("—")); // never announced

    WorkerPresence a;
    a.name = QStringLiteral("alpha");
    a.host = QStringLiteral("a");
    a.pid = 1;
    a.concurrency = 4;
    a.heartbeatMs = 1000;
    a.ttlMs = 2500;
    model.setPresence({a});
    QCOMPARE(model.connectedCount(), 1);
    QCOMPARE(cell(model, 0, WorkersModel::NameColumn), QStringLiteral("alpha"));
    QVERIFY(cell(model, 0, WorkersModel::HeartbeatColumn).contains(QLatin1String("0.5")));
    model.setPresence({});
    QCOMPARE(cell(model, 0, WorkersModel::HeartbeatColumn), QStringLiteral("gone"));

    // A new run: workers still connected stay, with nothing done yet.
    model.setPresence({a});
    model.clearActivity();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, WorkersModel::FinishedColumn), QStringLiteral("0"));
}

void TestWorkers::panelListsConnectedWorkers()
{
    test::RedisServer server;
    QVERIFY(server.start());
    const qint64 pid = server.startWorker(QStringLiteral("w1"), 2);
    server.startWorker(QStringLiteral("w2"));
    QVERIFY(server.waitForWorkers(2));

    WorkersPanel panel;
    auto *status = panel.findChild<QLabel *>(QStringLiteral("workersStatus"));
    QVERIFY(status->text().contains(QLatin1String("No Redis configured")));
    ClusterConfig cluster;
    cluster.redisUrl = server.url();
    cluster.queue = QStringLiteral("test");
    panel.setCluster(cluster);
    panel.show();
    QTRY_COMPARE(panel.model()->connectedCount(), 2);
    QVERIFY2(status->text().contains(QLatin1String("2 worker(s) connected to queue test")),
             qPrintable(status->text()));
    const WorkersModel &model = *panel.model();
    QCOMPARE(cell(model, 0, WorkersModel::NameColumn), QStringLiteral("w1"));
    QCOMPARE(cell(model, 0, WorkersModel::PidColumn), QString::number(pid));
    QVERIFY(cell(model, 0, WorkersModel::HeartbeatColumn).endsWith(QLatin1String("s ago")));

    // The run's records land on the worker's row, matched by host and pid.
    const QString host = cell(model, 0, WorkersModel::HostColumn);
    panel.applyRecords(RunRecords{attempt(RecordType::AttemptStarted, host, pid, 0)});
    QCOMPARE(cell(model, 0, WorkersModel::RunningColumn), QStringLiteral("1"));

    cluster.redisUrl = QStringLiteral("redis://:hunter2@127.0.0.1:1/0");
    panel.setCluster(cluster);
    QTRY_VERIFY(status->text().startsWith(QLatin1String("Cannot read the workers")));
    QVERIFY(!status->text().contains(QLatin1String("hunter2")));
}

void TestWorkers::preferencesRefuseAMalformedRedisUrl()
{
    StudioSettings settings;
    PreferencesDialog dialog(&settings);
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("redisUrl"));
    auto *queue = dialog.findChild<QLineEdit *>(QStringLiteral("redisQueue"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    url->setText(QStringLiteral("http://example.org"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("clusterProblems"))
                ->text()
                .contains(QLatin1String("redis_url")));
    url->setText(QStringLiteral("redis://localhost:6379/1"));
    queue->setText(QStringLiteral("bad queue"));
    QVERIFY(!ok->isEnabled());
    queue->setText(QStringLiteral("nightly"));
    QVERIFY(ok->isEnabled());
    dialog.accept();
    QCOMPARE(settings.redisUrl(), QStringLiteral("redis://localhost:6379/1"));
    QCOMPARE(settings.redisQueue(), QStringLiteral("nightly"));

    ClusterConfig project;
    project.redisUrl = QStringLiteral("redis://elsewhere:6379/0");
    const ClusterConfig used = project.withOverrides(settings.redisUrl(), settings.redisQueue());
    QCOMPARE(used.redisUrl, settings.redisUrl());
    QCOMPARE(used.queue, QStringLiteral("nightly"));
}

// A Redis URL may hold a password: the settings file it is written to is its owner's alone, from
// before the URL reaches it, and stays so when it is written again.
void TestWorkers::aRedisPasswordIsKeptInAFileOfItsOwnersAlone()
{
    QSettings().clear();
    QSettings().sync();
    const QString file = QSettings().fileName();
    QFile::remove(file);
    const QFile::Permissions others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    {
        StudioSettings settings;
        settings.setTheme(1);
        settings.setRedisUrl(QStringLiteral("redis://ops:s3cret@redis.example:6379/0"));
    } // written
    QVERIFY(QFile::exists(file));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains("s3cret"));
    QCOMPARE(QFile::permissions(file) & others, QFile::Permissions());
    {
        StudioSettings settings;
        QCOMPARE(settings.redisUrl(), QStringLiteral("redis://ops:s3cret@redis.example:6379/0"));
        settings.setTheme(0); // another write of the whole file
    }
    QCOMPARE(QFile::permissions(file) & others, QFile::Permissions());
    QSettings().clear();
}

QTEST_MAIN(TestWorkers)
#include "tst_workers.moc"
