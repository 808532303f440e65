// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/errors/ErrorTypes.h"
#include "core/events/EventRegistry.h"
#include "core/kinds/BuiltinKinds.h"
#include "core/kinds/PluginLibraries.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace volnux;

namespace {
struct Outcome
{
    QString kind; // "ok", "return" or the error type
    QVariant value;
    QString message;
    QStringList log;
};

// Runs the "plugin" kind as the engine would: created by name through the registry.
Outcome runPlugin(const QVariantMap &params, const QVariant &input = {}, int attempt = 1)
{
    registerBuiltinKinds();
    TaskContext context("p", 0, attempt, 5, input, params);
    Outcome outcome;
    try {
        const auto registered = EventRegistry::instance().find("plugin");
        if (!registered)
            return {QStringLiteral("unregistered"), {}, {}, {}};
        const TaskResult result = registered->factory()->process(context);
        outcome.kind = result.success ? QStringLiteral("ok") : QStringLiteral("return");
        outcome.value = result.value;
    } catch (const Error &e) {
        outcome.kind = e.type();
        outcome.message = e.message();
    }
    outcome.log = context.logLines();
    return outcome;
}

QString pluginDir()
{
    return qEnvironmentVariable("VOLNUX_BIN_DIR") + "/../plugins";
}

QString examplePlugin()
{
    return QFileInfo(pluginDir() + "/libvolnux_example_plugin.so").absoluteFilePath();
}
} // namespace

class TestPluginEvent : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void concurrentFirstLoadsAgree();
    void runsAnEventFromThePlugin();
    void pluginErrorsKeepTheirType();
    void listsTheEventsOfALibrary();
    void bareNameIsFoundOnThePluginPath();
    void errors_data();
    void errors();
    void notAPluginIsRefused();
};

void TestPluginEvent::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("VOLNUX_BIN_DIR"))
        QFAIL("VOLNUX_BIN_DIR is not set: run through ctest");
    QVERIFY2(QFile::exists(examplePlugin()), qPrintable(examplePlugin()));
}

void TestPluginEvent::concurrentFirstLoadsAgree()
{
    // Workers of a pool may all ask for the library at once on its first use.
    std::vector<std::thread> threads;
    std::vector<Outcome> outcomes(6);
    for (size_t i = 0; i < outcomes.size(); ++i) {
        threads.emplace_back([&outcomes, i] {
            outcomes[i] = runPlugin({{"library", examplePlugin()}, {"event", "wordcount"}},
                                    QStringLiteral("one two three"));
        });
    }
    for (auto &thread : threads)
        thread.join();
    for (const Outcome &o : outcomes) {
        QCOMPARE(o.kind, "ok");
        QCOMPARE(o.value.toLongLong(), 3);
    }
}

void TestPluginEvent::runsAnEventFromThePlugin()
{
    const Outcome o =
        runPlugin({{"library", examplePlugin()}, {"event", "wordcount"}}, "the quick  brown\nfox");
    QCOMPARE(o.kind, "ok");
    QCOMPARE(o.value.toLongLong(), 4);
    QCOMPARE(o.log, QStringList{"counted 4 words"}); // the plugin logs into the attempt
}

void TestPluginEvent::pluginErrorsKeepTheirType()
{
    const QVariantMap params{{"library", examplePlugin()}, {"event", "flaky"}, {"failures", 2}};
    const Outcome first = runPlugin(params, {}, 1);
    QCOMPARE(first.kind, ErrorNames::ConnectionError);
    QCOMPARE(first.message, "flaky: attempt 1 of the first 2 fails");
    QCOMPARE(runPlugin(params, {}, 2).kind, ErrorNames::ConnectionError);
    const Outcome third = runPlugin(params, {}, 3);
    QCOMPARE(third.kind, "ok");
    QCOMPARE(third.value.toString(), "ok after 3 attempts");
}

void TestPluginEvent::listsTheEventsOfALibrary()
{
    QCOMPARE(PluginLibraries::eventNames(examplePlugin()), (QStringList{"flaky", "wordcount"}));
}

void TestPluginEvent::bareNameIsFoundOnThePluginPath()
{
    qputenv("VOLNUX_PLUGIN_PATH", QFile::encodeName(pluginDir()));
    const Outcome o =
        runPlugin({{"library", "libvolnux_example_plugin.so"}, {"event", "wordcount"}}, "a b");
    qunsetenv("VOLNUX_PLUGIN_PATH");
    QCOMPARE(o.kind, "ok");
    QCOMPARE(o.value.toLongLong(), 2);
}

void TestPluginEvent::errors_data()
{
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("missing library")
        << QVariantMap{{"library", "/nonexistent/libnothing.so"}, {"event", "x"}}
        << ErrorNames::FileNotFoundError << "plugin library not found: /nonexistent/libnothing.so";
    QTest::newRow("bare name nowhere") << QVariantMap{{"library", "libnothing.so"}, {"event", "x"}}
                                       << ErrorNames::FileNotFoundError << "libnothing.so";
    QTest::newRow("unknown event")
        << QVariantMap{{"library", examplePlugin()}, {"event", "nope"}} << ErrorNames::ValueError
        << "has no event \"nope\" (it provides: flaky, wordcount)";
    QTest::newRow("NUL in library")
        << QVariantMap{{"library", QString(examplePlugin() + QChar(0) + ".txt")}, {"event", "x"}}
        << ErrorNames::ValueError << "plugin library path contains a NUL character";
    QTest::newRow("no library param")
        << QVariantMap{{"event", "wordcount"}} << ErrorNames::ValueError << "library: ";
    QTest::newRow("no event param")
        << QVariantMap{{"library", examplePlugin()}} << ErrorNames::ValueError << "event: ";
}

void TestPluginEvent::errors()
{
    QFETCH(QVariantMap, params);
    QFETCH(QString, type);
    QFETCH(QString, mentions);
    const Outcome o = runPlugin(params);
    QCOMPARE(o.kind, type);
    QVERIFY2(o.message.contains(mentions), qPrintable(o.message));
}

void TestPluginEvent::notAPluginIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("libfake.so");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not an ELF file\n");
    file.close();
    const Outcome o = runPlugin({{"library", path}, {"event", "wordcount"}});
    QCOMPARE(o.kind, ErrorNames::ValueError);
    QVERIFY2(o.message.contains(" is not a volnux plugin: "), qPrintable(o.message));
    QVERIFY2(o.message.contains("libfake.so"), qPrintable(o.message));
}

QTEST_GUILESS_MAIN(TestPluginEvent)
#include "tst_pluginevent.moc"
