// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A private redis-server for one test: on a Unix socket in a temporary directory, no TCP port,
// stopped (and its files removed) when the object goes. Optionally with an append-only file,
// so that a restart keeps the streams. Also starts volnux-worker processes against it.

#include "core/cluster/RedisClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <memory>
#include <vector>

namespace volnux::test {

class RedisServer
{
public:
    explicit RedisServer(bool appendOnly = false) : m_appendOnly(appendOnly) {}
    ~RedisServer()
    {
        for (auto &worker : m_workers)
            stopProcess(*worker, SIGKILL);
        stopProcess(m_server, SIGTERM);
    }

    // Starts the server and waits (up to 5 s) until it answers PING.
    bool start()
    {
        if (!m_dir.isValid())
            return false;
        m_server.setProgram(QStringLiteral("redis-server"));
        m_server.setArguments(
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--unixsocket"),
             socketPath(), QStringLiteral("--unixsocketperm"), QStringLiteral("700"),
             QStringLiteral("--dir"), m_dir.path(), QStringLiteral("--save"), QString(),
             QStringLiteral("--appendonly"),
             m_appendOnly ? QStringLiteral("yes") : QStringLiteral("no"),
             QStringLiteral("--appendfsync"), QStringLiteral("always"), QStringLiteral("--logfile"),
             m_dir.filePath(QStringLiteral("redis.log"))});
        m_server.start();
        if (!m_server.waitForStarted(5000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000) {
            if (auto client = connect(); client && client->command({"PING"}).str == "PONG")
                return true;
            QThread::msleep(10);
        }
        return false;
    }

    // Stops the server (SIGTERM: with AOF, it writes everything out) and starts it again.
    bool restart()
    {
        stopProcess(m_server, SIGTERM);
        return start();
    }

    QString url() const { return QStringLiteral("unix://") + socketPath(); }
    QString socketPath() const { return m_dir.filePath(QStringLiteral("redis.sock")); }

    std::unique_ptr<RedisClient> connect() const
    {
        QString error;
        return RedisClient::connect(*RedisUrl::parse(url()), &error, 1000);
    }

    // Starts `volnux-worker` (from $VOLNUX_BIN_DIR) with a short heartbeat; its pid.
    qint64 startWorker(const QString &name, int concurrency = 1, QStringList extra = {})
    {
        auto worker = std::make_unique<QProcess>();
        worker->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        worker->setProgram(qEnvironmentVariable("VOLNUX_BIN_DIR") +
                           QStringLiteral("/volnux-worker"));
        worker->setArguments(
            QStringList{QStringLiteral("--redis"), url(), QStringLiteral("--queue"),
                        QStringLiteral("test"), QStringLiteral("--name"), name,
                        QStringLiteral("--concurrency"), QString::number(concurrency),
                        QStringLiteral("--heartbeat-ms"), QStringLiteral("50")} +
            extra);
        worker->start();
        if (!worker->waitForStarted(5000))
            return 0;
        const qint64 pid = worker->processId();
        m_workers.push_back(std::move(worker));
        return pid;
    }

    // Waits until `count` workers announced themselves.
    bool waitForWorkers(int count)
    {
        QElapsedTimer timer;
        timer.start();
        auto client = connect();
        while (client && timer.elapsed() < 5000) {
            const RedisReply keys = client->command({"KEYS", "volnux:test:worker:*"});
            if (int(keys.elements.size()) >= count)
                return true;
            QThread::msleep(10);
        }
        return false;
    }

    QProcess &worker(int i) { return *m_workers.at(size_t(i)); }

private:
    static void stopProcess(QProcess &process, int signal)
    {
        if (process.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(process.processId()), SIGCONT);
        ::kill(pid_t(process.processId()), signal);
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished();
        }
    }

    bool m_appendOnly;
    // Not named after the application: redis-server re-parses its arguments as one config line,
    // so a socket path with spaces ("/tmp/Volnux Studio Screenshots-...") would not start it.
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/volnux-redis-XXXXXX")};
    QProcess m_server;
    std::vector<std::unique_ptr<QProcess>> m_workers;
};

} // namespace volnux::test
