// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/errors/ErrorTypes.h"
#include "core/executors/ExecutorInitializerConfig.h"

#include <QTest>
#include <QThread>

using namespace volnux;

class TestExecutorConfig : public QObject
{
    Q_OBJECT
private slots:
    void defaultsAreEmpty();
    void mapAndStructAreIdentical();
    void nullMeansEmpty();
    void invalidValues_data();
    void invalidValues();
    void everyProblemIsReported();
    void toMapKeepsEmptyAsAbsent();
    void errorHierarchy_data();
    void errorHierarchy();
    void userDeclaredErrorTypes();
};

void TestExecutorConfig::defaultsAreEmpty()
{
    const ExecutorInitializerConfig config;
    QVERIFY(!config.max_workers.has_value());
    QVERIFY(!config.max_tasks_per_child.has_value());
    QVERIFY(!config.thread_name_prefix.has_value());
    QCOMPARE(config.resolvedMaxWorkers(), QThread::idealThreadCount());
    ExecutorInitializerConfig explicitEmpty;
    explicitEmpty.max_workers = EMPTY;
    QCOMPARE(explicitEmpty, config);
}

void TestExecutorConfig::mapAndStructAreIdentical()
{
    ExecutorInitializerConfig s;
    s.max_workers = 4;
    s.max_tasks_per_child = 50;
    s.thread_name_prefix = QStringLiteral("event_executor_");
    const auto m = ExecutorInitializerConfig::fromMap({{"max_workers", 4},
                                                       {"max_tasks_per_child", 50.0},
                                                       {"thread_name_prefix", "event_executor_"}});
    QVERIFY2(m.ok(), qPrintable(m.errorString()));
    QCOMPARE(*m, s);
    QCOMPARE(m->resolvedMaxWorkers(), 4);
}

void TestExecutorConfig::nullMeansEmpty()
{
    const auto m =
        ExecutorInitializerConfig::fromMap({{"max_workers", QVariant::fromValue(nullptr)}});
    QVERIFY(m.ok());
    QVERIFY(!m->max_workers);
}

void TestExecutorConfig::invalidValues_data()
{
    QTest::addColumn<QVariantMap>("map");
    QTest::addColumn<QString>("message");
    QTest::newRow("zero workers")
        << QVariantMap{{"max_workers", 0}}
        << "events[1].executor_config.max_workers: must be an integer >= 1 "
           "and <= 4096, got 0";
    QTest::newRow("negative workers") << QVariantMap{{"max_workers", -3}} << "got -3";
    QTest::newRow("fractional workers") << QVariantMap{{"max_workers", 1.5}} << "got 1.5";
    QTest::newRow("string workers") << QVariantMap{{"max_workers", "4"}} << "got \"4\"";
    QTest::newRow("too many workers") << QVariantMap{{"max_workers", 100000}} << "got 100000";
    QTest::newRow("zero tasks per child")
        << QVariantMap{{"max_tasks_per_child", 0}}
        << "events[1].executor_config.max_tasks_per_child: must be an integer >= 1, got 0";
    QTest::newRow("bool tasks per child")
        << QVariantMap{{"max_tasks_per_child", true}} << "got true";
    QTest::newRow("numeric prefix") << QVariantMap{{"thread_name_prefix", 5}}
                                    << "events[1].executor_config.thread_name_prefix: must be a "
                                       "string of at most 64 characters, got 5";
    QTest::newRow("unknown key")
        << QVariantMap{{"workers", 2}}
        << "events[1].executor_config.workers: unknown key; allowed keys are "
           "max_workers, max_tasks_per_child, thread_name_prefix";
}

void TestExecutorConfig::invalidValues()
{
    QFETCH(QVariantMap, map);
    QFETCH(QString, message);
    const auto r = ExecutorInitializerConfig::fromMap(map, "events[1].executor_config");
    QVERIFY(!r.ok());
    QCOMPARE(r.errors().size(), 1);
    QVERIFY2(r.errors().first().contains(message), qPrintable(r.errors().first()));
    QVERIFY(r.errors().first().startsWith("events[1].executor_config."));
}

void TestExecutorConfig::everyProblemIsReported()
{
    const auto r = ExecutorInitializerConfig::fromMap(
        {{"max_workers", 0}, {"max_tasks_per_child", -1}, {"thread_name_prefix", 1}, {"x", 1}});
    QCOMPARE(r.errors().size(), 4);
}

void TestExecutorConfig::toMapKeepsEmptyAsAbsent()
{
    ExecutorInitializerConfig config;
    config.max_tasks_per_child = 3;
    const QVariantMap map = config.toMap();
    QCOMPARE(map.keys(), QStringList{"max_tasks_per_child"});
    QCOMPARE(*ExecutorInitializerConfig::fromMap(map), config);
}

void TestExecutorConfig::errorHierarchy_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("ancestor");
    QTest::addColumn<bool>("isA");
    QTest::newRow("refused < ConnectionError") << "ConnectionRefusedError"
                                               << "ConnectionError" << true;
    QTest::newRow("reset < Exception") << "ConnectionResetError"
                                       << "Exception" << true;
    QTest::newRow("file not found < OSError") << "FileNotFoundError"
                                              << "OSError" << true;
    QTest::newRow("permission < OSError") << "PermissionError"
                                          << "OSError" << true;
    QTest::newRow("timeout < OSError (as Python)") << "TimeoutError"
                                                   << "OSError" << true;
    QTest::newRow("value is not runtime") << "ValueError"
                                          << "RuntimeError" << false;
    QTest::newRow("process < Exception") << "ProcessError"
                                         << "Exception" << true;
    QTest::newRow("crash is not process") << "WorkerCrashedError"
                                          << "ProcessError" << false;
    QTest::newRow("unknown < Exception") << "SomethingUndeclared"
                                         << "Exception" << true;
    QTest::newRow("unknown is not OSError") << "SomethingUndeclared"
                                            << "OSError" << false;
}

void TestExecutorConfig::errorHierarchy()
{
    QFETCH(QString, type);
    QFETCH(QString, ancestor);
    QFETCH(bool, isA);
    QCOMPARE(ErrorTypes::isA(type, ancestor), isA);
}

void TestExecutorConfig::userDeclaredErrorTypes()
{
    QString error;
    QVERIFY(ErrorTypes::declare("DatabaseError", "OSError", &error));
    QVERIFY(ErrorTypes::declare("DeadlockError", "DatabaseError", &error));
    QVERIFY(ErrorTypes::isA("DeadlockError", "OSError"));
    QVERIFY(ErrorTypes::allNames().contains("DeadlockError"));
    QVERIFY(!ErrorTypes::declare("DeadlockError", "ValueError", &error));
    QVERIFY(error.contains("already declared"));
    QVERIFY(!ErrorTypes::declare("Orphan", "NoSuchParent", &error));
    QVERIFY(error.contains("unknown parent"));
    QVERIFY(!ErrorTypes::declare("bad name", "Exception", &error));
}

QTEST_GUILESS_MAIN(TestExecutorConfig)
#include "tst_executorconfig.moc"
