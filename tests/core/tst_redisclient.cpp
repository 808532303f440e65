// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cluster/ClusterConfig.h"
#include "core/cluster/ClusterProtocol.h"
#include "core/cluster/RedisClient.h"
#include "core/engine/RunSpec.h"
#include "core/project/ProjectFile.h"
#include "core/runner/RunnerOptions.h"
#include "tests/support/RedisServer.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <csignal>

using namespace volnux;
using namespace volnux::test;

class TestRedisClient : public QObject
{
    Q_OBJECT
private slots:
    void parsesUrls();
    void rejectsBadUrlsWithoutRepeatingThePassword();
    void clusterConfigFromMap();
    void environmentAndCommandLineOverrideTheProject();
    void projectClusterKeyReachesTheRunSpec();
    void volnuxRunTakesRedisUrl();
    void distributedExampleLoadsAndIsWrittenByUs();
    void commandsAndPipelining();
    void aServerThatGoesAwayBreaksTheConnectionWithoutASignal();
    void authenticatesWithTheUrlsPassword();
    void refusedConnectionSaysWhereNotTheSecret();
    void streamEntriesRoundTrip();
};

void TestRedisClient::parsesUrls()
{
    const auto tcp = RedisUrl::parse(QStringLiteral("redis://alice:s3cret@db.example:6380/2"));
    QVERIFY(tcp);
    QCOMPARE(tcp->host, QStringLiteral("db.example"));
    QCOMPARE(tcp->port, 6380);
    QCOMPARE(tcp->db, 2);
    QCOMPARE(tcp->user, QStringLiteral("alice"));
    QCOMPARE(tcp->password, QStringLiteral("s3cret"));
    QCOMPARE(tcp->redacted(), QStringLiteral("redis://db.example:6380/2"));

    const auto bare = RedisUrl::parse(QStringLiteral("redis://:pw@localhost"));
    QVERIFY(bare);
    QCOMPARE(bare->port, 6379);
    QCOMPARE(bare->password, QStringLiteral("pw"));
    QVERIFY(bare->user.isEmpty());

    const auto unix = RedisUrl::parse(QStringLiteral("unix:///run/redis/redis.sock?db=3"));
    QVERIFY(unix);
    QCOMPARE(unix->socketPath, QStringLiteral("/run/redis/redis.sock"));
    QCOMPARE(unix->db, 3);
    QVERIFY(unix->isUnixSocket());
}

void TestRedisClient::rejectsBadUrlsWithoutRepeatingThePassword()
{
    QString error;
    QVERIFY(!RedisUrl::parse(QStringLiteral("http://u:topsecret@host/0"), &error));
    QVERIFY2(!error.contains(QStringLiteral("topsecret")), qPrintable(error));
    QVERIFY(!RedisUrl::parse(QStringLiteral("redis://u:topsecret@host/x"), &error));
    QVERIFY2(!error.contains(QStringLiteral("topsecret")), qPrintable(error));
    QVERIFY(!RedisUrl::parse(QStringLiteral("unix://"), &error));
}

void TestRedisClient::clusterConfigFromMap()
{
    const auto ok = ClusterConfig::fromMap(
        {{"redis_url", "redis://localhost/1"}, {"queue", "gpu-a"}, {"heartbeat_timeout_ms", 2500}});
    QVERIFY2(ok, qPrintable(ok.errorString()));
    QCOMPARE(ok->queue, QStringLiteral("gpu-a"));
    QCOMPARE(ok->heartbeatTimeoutMs, 2500);
    QCOMPARE(ClusterConfig::fromMap(ok->toMap()).value(), ok.value());

    const auto bad = ClusterConfig::fromMap(
        {{"redis_url", "ftp://x"}, {"queue", "a b"}, {"heartbeat_timeout_ms", 0}, {"tls", true}});
    QVERIFY(!bad);
    QCOMPARE(bad.errors().size(), 4);
    QVERIFY(bad.errorString().contains(QStringLiteral("cluster.tls")));
}

void TestRedisClient::environmentAndCommandLineOverrideTheProject()
{
    ClusterConfig project;
    project.redisUrl = QStringLiteral("redis://project/0");
    qputenv("VOLNUX_REDIS_URL", "redis://environment/0");
    QCOMPARE(project.withOverrides({}).redisUrl, QStringLiteral("redis://environment/0"));
    QCOMPARE(project.withOverrides(QStringLiteral("redis://cli/0")).redisUrl,
             QStringLiteral("redis://cli/0"));
    qunsetenv("VOLNUX_REDIS_URL");
    QCOMPARE(project.withOverrides({}).redisUrl, QStringLiteral("redis://project/0"));
}

void TestRedisClient::projectClusterKeyReachesTheRunSpec()
{
    const QByteArray text = R"({"format": "volnux-project", "version": 1, "name": "c",
        "events": [{"name": "a", "kind": "sleep", "params": {"duration_ms": 1},
                    "executor": "RedisExecutor"}],
        "cluster": {"redis_url": "redis://h:7000/3", "queue": "gpu"}})";
    const auto project = ProjectFile::parse(text, QStringLiteral("c.vxproj"));
    QVERIFY2(project, qPrintable(project.errorString()));
    QVERIFY(project->cluster);
    QCOMPARE(project->cluster->queue, QStringLiteral("gpu"));
    const auto spec = ProjectFile::toRunSpec(*project);
    QVERIFY2(spec, qPrintable(spec.errorString()));
    QCOMPARE(spec->cluster->redisUrl, QStringLiteral("redis://h:7000/3"));
    QCOMPARE(spec->events[0].options.executor, QStringLiteral("RedisExecutor"));

    const QByteArray wrong = R"({"format": "volnux-project", "version": 1, "events": [],
        "cluster": {"redis_url": 5, "queue": ""}})";
    const auto bad = ProjectFile::parse(wrong, QStringLiteral("c.vxproj"));
    QVERIFY(!bad);
    QVERIFY2(bad.errorString().contains(QStringLiteral("cluster.redis_url: must be a string")),
             qPrintable(bad.errorString()));
    QVERIFY(bad.errorString().contains(QStringLiteral("cluster.queue")));
}

void TestRedisClient::volnuxRunTakesRedisUrl()
{
    const auto ok =
        RunnerOptions::parse({"volnux-run", "--redis", "redis://u:pw@10.0.0.5:6379/1", "p.vxproj"});
    QVERIFY2(ok, qPrintable(ok.errorString()));
    QCOMPARE(ok->redisUrl, QStringLiteral("redis://u:pw@10.0.0.5:6379/1"));
    const auto bad = RunnerOptions::parse({"volnux-run", "--redis", "ftp://u:pw@x/1", "p.vxproj"});
    QVERIFY(!bad);
    QVERIFY(bad.errorString().startsWith(QStringLiteral("--redis: ")));
    QVERIFY2(!bad.errorString().contains(QStringLiteral("pw")), qPrintable(bad.errorString()));
}

void TestRedisClient::distributedExampleLoadsAndIsWrittenByUs()
{
    const QString path = qEnvironmentVariable("VOLNUX_SOURCE_DIR") +
                         QStringLiteral("/resources/examples/distributed.vxproj");
    const auto project = ProjectFile::load(path);
    QVERIFY2(project, qPrintable(project.errorString()));
    QVERIFY(project->cluster);
    QVERIFY(ProjectFile::toRunSpec(*project));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = ProjectFile::serialize(*project);
    if (written != file.readAll()) {
        QFile out(QDir::temp().filePath(QStringLiteral("distributed.vxproj.written")));
        if (out.open(QIODevice::WriteOnly))
            out.write(written);
        QFAIL(qPrintable("serialized form differs; see " + out.fileName()));
    }
}

// A Redis server that goes away (a restart): the next write fails as a broken connection and
// raises no SIGPIPE, which would end this test (as it would the studio) or, in volnux-run, read
// as "the output was closed".
void TestRedisClient::aServerThatGoesAwayBreaksTheConnectionWithoutASignal()
{
    RedisServer server;
    QVERIFY(server.start());
    auto client = server.connect();
    QVERIFY(client);
    QCOMPARE(client->command({"SET", "k", "v"}).str, QByteArray("OK"));
    QVERIFY(server.restart()); // the old server closes our connection on its way out
    bool flushed = true;
    for (int i = 0; i < 10 && flushed; ++i) {
        client->append({"SET", "k", QByteArray(64 * 1024, 'x')});
        flushed = client->flush();
    }
    QVERIFY(!flushed);
    QVERIFY(client->isBroken());
    QVERIFY(client->command({"GET", "k"}).isError()); // and every later call says so
    sigset_t pending;
    sigpending(&pending);
    QVERIFY(!sigismember(&pending, SIGPIPE)); // none left waiting for us either
}

void TestRedisClient::commandsAndPipelining()
{
    RedisServer server;
    QVERIFY(server.start());
    auto client = server.connect();
    QVERIFY(client);
    QCOMPARE(client->command({"SET", "k", QByteArray("a\0b", 3)}).str, QByteArray("OK"));
    QCOMPARE(client->command({"GET", "k"}).str, QByteArray("a\0b", 3));
    QVERIFY(client->command({"GET", "missing"}).isNil());
    QVERIFY(client->command({"NOSUCHCOMMAND"}).isError());
    for (int i = 0; i < 100; ++i)
        client->append({"RPUSH", "list", QByteArray::number(i)});
    QVERIFY(client->flush());
    for (int i = 0; i < 100; ++i)
        QCOMPARE(client->reply().integer, i + 1);
    const RedisReply range = client->command({"LRANGE", "list", "0", "2"});
    QCOMPARE(range.elements.size(), size_t(3));
    QCOMPARE(range.elements[2].str, QByteArray("2"));
}

void TestRedisClient::authenticatesWithTheUrlsPassword()
{
    RedisServer server;
    QVERIFY(server.start());
    auto admin = server.connect();
    QVERIFY(admin->command({"ACL", "SETUSER", "worker", "on", ">pa55", "~*", "&*", "+@all"}).str ==
            "OK");
    QString error;
    auto url = RedisUrl::parse(QStringLiteral("unix://worker:pa55@") + server.socketPath());
    QVERIFY(url);
    auto client = RedisClient::connect(*url, &error);
    QVERIFY2(client, qPrintable(error));
    QCOMPARE(client->command({"ACL", "WHOAMI"}).str, QByteArray("worker"));
    url->password = QStringLiteral("wrong-pa55");
    QVERIFY(!RedisClient::connect(*url, &error));
    QVERIFY2(!error.contains(QStringLiteral("wrong-pa55")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("refused the credentials")));
}

void TestRedisClient::refusedConnectionSaysWhereNotTheSecret()
{
    QString error;
    const auto url = RedisUrl::parse(QStringLiteral("unix://:hush@/nonexistent/redis.sock"));
    QVERIFY(!RedisClient::connect(*url, &error, 200));
    QVERIFY(error.contains(QStringLiteral("/nonexistent/redis.sock")));
    QVERIFY(!error.contains(QStringLiteral("hush")));
}

void TestRedisClient::streamEntriesRoundTrip()
{
    RedisServer server;
    QVERIFY(server.start());
    auto client = server.connect();
    QVERIFY(ClusterProtocol::isGroupReady(client->command(ClusterProtocol::createGroup("q"))));
    QVERIFY(ClusterProtocol::isGroupReady(client->command(ClusterProtocol::createGroup("q"))));
    AttemptScope scope;
    scope.eventType = QStringLiteral("sleep");
    scope.name = QStringLiteral("nap");
    scope.params = {{"duration_ms", 5}};
    AttemptJob job;
    job.id = 41;
    job.scope = &scope;
    job.task = 7;
    job.attempt = 3;
    job.input = QStringLiteral("in");
    QVERIFY(!client->command(ClusterProtocol::addTask("q", "res", "tok", job, "p-")).isError());
    const RedisReply read = client->command({"XREADGROUP", "GROUP", "workers", "c", "COUNT", "10",
                                             "STREAMS", ClusterProtocol::tasksKey("q"), ">"});
    const auto tasks = ClusterProtocol::tasks(read);
    QCOMPARE(tasks.size(), size_t(1));
    QCOMPARE(tasks[0].resultStream, QByteArray("res"));
    QCOMPARE(tasks[0].token, QByteArray("tok"));

    ResultItem item;
    item.report.id = 41;
    item.report.outcome = AttemptOutcome::Failure;
    item.report.value = 12;
    item.attempt = 3;
    item.entryId = tasks[0].entryId;
    QVERIFY(!client->command(ClusterProtocol::addResults("res", "w1", "hostA", {item})).isError());
    const auto batches =
        ClusterProtocol::results(client->command({"XREAD", "STREAMS", "res", "0-0"}));
    QCOMPARE(batches.size(), size_t(1));
    QCOMPARE(batches[0].worker, QStringLiteral("w1"));
    QCOMPARE(batches[0].host, QStringLiteral("hostA"));
    QCOMPARE(batches[0].items.size(), size_t(1));
    QCOMPARE(batches[0].items[0].report.id, quint64(41));
    QCOMPARE(batches[0].items[0].report.value, QVariant(12));
    QCOMPARE(batches[0].items[0].attempt, 3);
    QCOMPARE(batches[0].items[0].entryId, tasks[0].entryId);
}

QTEST_GUILESS_MAIN(TestRedisClient)
#include "tst_redisclient.moc"
