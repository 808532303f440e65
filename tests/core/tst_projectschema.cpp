// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON schema (resources/schema) and docs/project-format.md name exactly the keys the loader
// accepts: its key tables (root, event, executor_config, retry_policy, each kind's parameters).
// A key added to the loader but not to the schema or the doc fails here, and so does one the
// schema or the doc keeps after the loader dropped it.

#include "core/executors/ExecutorInitializerConfig.h"
#include "core/kinds/KindSpec.h"
#include "core/project/ProjectJson.h"
#include "core/retry/RetryPolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace volnux;

namespace {

QByteArray sourceFile(const QString &relative)
{
    QFile file(qEnvironmentVariable("VOLNUX_SOURCE_DIR") + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s (is VOLNUX_SOURCE_DIR set?)", qPrintable(file.fileName()));
    return file.readAll();
}

QJsonObject schema()
{
    return QJsonDocument::fromJson(
               sourceFile(QStringLiteral("resources/schema/volnux-project.schema.json")))
        .object();
}

QJsonObject eventSchema()
{
    return schema()
        .value(QStringLiteral("$defs"))
        .toObject()
        .value(QStringLiteral("event"))
        .toObject();
}

QStringList propertyNames(const QJsonObject &object)
{
    return object.value(QStringLiteral("properties")).toObject().keys();
}

QJsonObject eventProperty(const QString &key)
{
    return eventSchema().value(QStringLiteral("properties")).toObject().value(key).toObject();
}

// The "params" schema of the allOf branch whose "if" selects `kind`.
QJsonObject kindParamsSchema(const QString &kind)
{
    const QJsonArray branches = eventSchema().value(QStringLiteral("allOf")).toArray();
    for (const QJsonValue &branch : branches) {
        const QJsonObject object = branch.toObject();
        const QJsonValue selected = object.value(QStringLiteral("if"))
                                        .toObject()
                                        .value(QStringLiteral("properties"))
                                        .toObject()
                                        .value(QStringLiteral("kind"))
                                        .toObject()
                                        .value(QStringLiteral("const"));
        if (selected.toString() == kind)
            return object.value(QStringLiteral("then"))
                .toObject()
                .value(QStringLiteral("properties"))
                .toObject()
                .value(QStringLiteral("params"))
                .toObject();
    }
    return {};
}

// The text of the doc section whose heading line starts with `heading`, up to the next heading.
QString docSection(const QString &heading)
{
    const QString doc = QString::fromUtf8(sourceFile(QStringLiteral("docs/project-format.md")));
    const qsizetype start = doc.indexOf(QLatin1Char('\n') + heading);
    if (start < 0)
        return {};
    static const QRegularExpression nextHeading(QStringLiteral("\n#{2,3} "));
    const qsizetype end = doc.indexOf(nextHeading, start + 1);
    return doc.mid(start, end < 0 ? -1 : end - start);
}

// The keys of the section's table: every row that starts with a `key` cell.
QStringList docKeys(const QString &heading)
{
    static const QRegularExpression row(QStringLiteral("^\\| `([A-Za-z_]+)` \\|"),
                                        QRegularExpression::MultilineOption);
    QStringList keys;
    for (const QRegularExpressionMatch &match : row.globalMatch(docSection(heading)))
        keys << match.captured(1);
    return keys;
}

// Sorted, so that QCOMPARE names the first key that differs.
QStringList sorted(QStringList list)
{
    list.sort();
    list.removeDuplicates();
    return list;
}

} // namespace

class TestProjectSchema : public QObject
{
    Q_OBJECT
private slots:
    void sourcesAreReadable();
    void schemaHasTheLoadersKeys_data();
    void schemaHasTheLoadersKeys();
    void schemaHasEveryKindsParameters_data();
    void schemaHasEveryKindsParameters();
    void docHasTheLoadersKeys_data();
    void docHasTheLoadersKeys();
};

void TestProjectSchema::sourcesAreReadable()
{
    QVERIFY(!schema().isEmpty());
    QVERIFY(!eventSchema().isEmpty());
    QCOMPARE(eventSchema().value(QStringLiteral("allOf")).toArray().size(), KindSpec::all().size());
}

void TestProjectSchema::schemaHasTheLoadersKeys_data()
{
    QTest::addColumn<QStringList>("schemaKeys");
    QTest::addColumn<QStringList>("loaderKeys");
    QTest::newRow("root") << propertyNames(schema()) << ProjectJson::rootKeys();
    QTest::newRow("event") << propertyNames(eventSchema()) << ProjectJson::eventKeys();
    QTest::newRow("executor_config")
        << propertyNames(eventProperty(QStringLiteral("executor_config")))
        << ExecutorInitializerConfig::keys();
    QTest::newRow("retry_policy") << propertyNames(eventProperty(QStringLiteral("retry_policy")))
                                  << RetryPolicy::keys();
}

void TestProjectSchema::schemaHasTheLoadersKeys()
{
    QFETCH(QStringList, schemaKeys);
    QFETCH(QStringList, loaderKeys);
    QVERIFY(!loaderKeys.isEmpty());
    QCOMPARE(sorted(schemaKeys), sorted(loaderKeys));
}

void TestProjectSchema::schemaHasEveryKindsParameters_data()
{
    QTest::addColumn<QString>("kind");
    for (const KindSpec &spec : KindSpec::all())
        QTest::newRow(qPrintable(spec.name)) << spec.name;
}

void TestProjectSchema::schemaHasEveryKindsParameters()
{
    QFETCH(QString, kind);
    const KindSpec *spec = KindSpec::find(kind);
    const QJsonObject params = kindParamsSchema(kind);
    QVERIFY2(!params.isEmpty(), "the schema has no branch for this kind");
    QCOMPARE(sorted(propertyNames(params)), sorted(spec->paramNames()));
    // Unknown parameters are errors, except where the kind passes them on (plugin).
    QCOMPARE(params.value(QStringLiteral("additionalProperties")).toBool(), spec->extraParams);
    QStringList required;
    for (const ParamSpec &p : spec->params) {
        if (p.required)
            required << p.name;
    }
    QStringList schemaRequired;
    for (const QJsonValue &name : params.value(QStringLiteral("required")).toArray())
        schemaRequired << name.toString();
    QCOMPARE(sorted(schemaRequired), sorted(required));
}

void TestProjectSchema::docHasTheLoadersKeys_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QStringList>("loaderKeys");
    QTest::newRow("root") << QStringLiteral("## Top level") << ProjectJson::rootKeys();
    QTest::newRow("event") << QStringLiteral("## Event") << ProjectJson::eventKeys();
    QTest::newRow("executor_config")
        << QStringLiteral("### `executor_config`") << ExecutorInitializerConfig::keys();
    QTest::newRow("retry_policy") << QStringLiteral("### `retry_policy`") << RetryPolicy::keys();
    for (const KindSpec &spec : KindSpec::all())
        QTest::newRow(qPrintable(QStringLiteral("kind ") + spec.name))
            << QStringLiteral("### `%1`").arg(spec.name) << spec.paramNames();
}

void TestProjectSchema::docHasTheLoadersKeys()
{
    QFETCH(QString, heading);
    QFETCH(QStringList, loaderKeys);
    QVERIFY2(!docSection(heading).isEmpty(),
             qPrintable(heading + QStringLiteral(": no such section")));
    QCOMPARE(sorted(docKeys(heading)), sorted(loaderKeys));
}

QTEST_GUILESS_MAIN(TestProjectSchema)
#include "tst_projectschema.moc"
