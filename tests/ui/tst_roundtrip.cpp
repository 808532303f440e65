// SPDX-License-Identifier: GPL-3.0-or-later
// Every field of the project format, edited in the designer with key and mouse events, saved,
// found in the file, and shown again by a freshly opened window.

#include "DesignerFixture.h"

class TestRoundTrip : public DesignerFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { setUpPrompts(); }
    void cleanup() { tearDownWindow(); }
    void fieldRoundTrips_data();
    void fieldRoundTrips();
};

void TestRoundTrip::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VolnuxTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_roundtrip"));
}

static QString jsonText(const QVariant &value)
{
    const QByteArray json =
        QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// Which sample event a row edits: simulate parameters and retry fields live on "flaky" (1), which
// has a policy; everything else on "wait" (0, a sleep), switched to another kind where needed.
static int eventFor(const QString &fieldName, const QString &typed)
{
    if (fieldName.contains('.'))
        return fieldName.startsWith("simulate.") ? 1 : 0;
    if (fieldName == "retryPolicy")
        return typed == "off" ? 1 : 0;
    static const QStringList onFlaky = {"maxAttempts", "backoffFactor", "maxBackoff", "retryOn",
                                        "jitter"};
    return onFlaky.contains(fieldName) ? 1 : 0;
}

// Each row edits one field of event 0 (or 1) through its widget; the saved file and the reopened
// editor must both show the new value. "kind.param" rows edit a parameter of that kind, switching
// the event's kind first when it differs; their check is param=<JSON in the file> or param=absent.
void TestRoundTrip::fieldRoundTrips_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("fileCheck");
    QTest::newRow("name") << "name"
                          << "pause"
                          << "name=pause";
    QTest::newRow("tasks count") << "tasks"
                                 << "7"
                                 << "tasks=7";
    QTest::newRow("inputs") << "inputs"
                            << "alpha\n42"
                            << "inputs=alpha,42";
    QTest::newRow("max_workers") << "maxWorkers"
                                 << "3"
                                 << "max_workers=3";
    QTest::newRow("max_tasks_per_child") << "maxTasksPerChild"
                                         << "50"
                                         << "max_tasks_per_child=50";
    QTest::newRow("thread_name_prefix") << "threadNamePrefix"
                                        << "w_"
                                        << "prefix=w_";
    QTest::newRow("timeout_ms") << "timeoutMs"
                                << "250"
                                << "timeout_ms=250";
    QTest::newRow("max_attempts") << "maxAttempts"
                                  << "9"
                                  << "max_attempts=9";
    QTest::newRow("backoff_factor") << "backoffFactor"
                                    << "0.5"
                                    << "backoff_factor=0.5";
    QTest::newRow("max_backoff") << "maxBackoff"
                                 << "7"
                                 << "max_backoff=7";
    QTest::newRow("retry_on_exceptions") << "retryOn"
                                         << "ValueError|TimeoutError"
                                         << "retry_on=ValueError,TimeoutError";
    QTest::newRow("jitter full") << "jitter"
                                 << "full"
                                 << "jitter=full";
    QTest::newRow("jitter equal") << "jitter"
                                  << "equal"
                                  << "jitter=equal";
    QTest::newRow("retry policy off") << "retryPolicy"
                                      << "off"
                                      << "retry=off";
    QTest::newRow("retry policy on") << "retryPolicy"
                                     << "on"
                                     << "retry=on";
    QTest::newRow("evaluation") << "evaluation"
                                << "MAJORITY"
                                << "evaluation=MAJORITY";
    QTest::newRow("evaluation count") << "evaluation"
                                      << "AT_LEAST_COUNT:3"
                                      << "evaluation=AT_LEAST_COUNT:3";
    QTest::newRow("evaluation percent") << "evaluation"
                                        << "AT_LEAST_PERCENT:50"
                                        << "evaluation=AT_LEAST_PERCENT:50";
    QTest::newRow("stop_on_exception") << "stopOnException"
                                       << ""
                                       << "stop=true";
    QTest::newRow("executor") << "executor"
                              << "ThreadPoolExecutor"
                              << "executor=ThreadPoolExecutor";
    QTest::newRow("kind") << "kind"
                          << "command"
                          << "kind=command";
    QTest::newRow("command program") << "command.program"
                                     << "/bin/echo"
                                     << "param=\"/bin/echo\"";
    QTest::newRow("command args") << "command.args"
                                  << "-n\nhi"
                                  << "param=[\"-n\",\"hi\"]";
    QTest::newRow("command cwd") << "command.cwd"
                                 << "/tmp"
                                 << "param=\"/tmp\"";
    QTest::newRow("command env") << "command.env"
                                 << "A=1\nB=two"
                                 << "param={\"A\":\"1\",\"B\":\"two\"}";
    QTest::newRow("command timeout") << "command.timeout_ms"
                                     << "2.5 s"
                                     << "param=2500";
    QTest::newRow("sleep duration unit") << "sleep.duration_ms"
                                         << "2 min"
                                         << "param=120000";
    QTest::newRow("simulate fail_with") << "simulate.fail_with"
                                        << "ValueError"
                                        << "param=\"ValueError\"";
    QTest::newRow("simulate fail_tasks") << "simulate.fail_tasks"
                                         << "0, 2"
                                         << "param=[0,2]";
    QTest::newRow("simulate fail_attempts") << "simulate.fail_attempts"
                                            << "2"
                                            << "param=2";
    QTest::newRow("simulate fail_rate") << "simulate.fail_rate"
                                        << "0.25"
                                        << "param=0.25";
    QTest::newRow("simulate seed") << "simulate.seed"
                                   << "42"
                                   << "param=42";
    QTest::newRow("simulate seed EMPTY") << "simulate.seed"
                                         << "EMPTY"
                                         << "param=absent";
    QTest::newRow("simulate value") << "simulate.value"
                                    << "[1,\"x\"]"
                                    << "param=[1,\"x\"]";
    QTest::newRow("simulate descriptor") << "simulate.descriptor"
                                         << "3"
                                         << "param=3";
    QTest::newRow("plugin library") << "plugin.library"
                                    << "/opt/libhello.so"
                                    << "param=\"/opt/libhello.so\"";
    QTest::newRow("plugin event") << "plugin.event"
                                  << "Hello"
                                  << "param=\"Hello\"";
    QTest::newRow("pipeline") << "pipeline"
                              << "wait -> flaky"
                              << "pipeline=wait -> flaky";
}

void TestRoundTrip::fieldRoundTrips()
{
    QFETCH(QString, fieldName);
    QFETCH(QString, typed);
    QFETCH(QString, fileCheck);
    openSample();
    const int event = eventFor(fieldName, typed);
    m_window->explorer()->selectEvent(event);
    EventEditor *editor = m_window->eventEditor();
    QCOMPARE(editor->currentEvent(), event);

    if (fieldName.contains('.')) {
        switchKind(fieldName.section('.', 0, 0));
        editParam(fieldName.section('.', 1), typed);
    } else if (fieldName == "name") {
        typeInto(field<QLineEdit>("name"), typed);
    } else if (fieldName == "kind") {
        switchKind(typed);
    } else if (fieldName == "tasks") {
        QTest::mouseClick(field<QRadioButton>("tasksCount"), Qt::LeftButton, {}, QPoint(5, 5));
        typeInto(field<QSpinBox>("tasks"), typed);
    } else if (fieldName == "inputs") {
        QTest::mouseClick(field<QRadioButton>("tasksInputs"), Qt::LeftButton, {}, QPoint(5, 5));
        typeLines(field<QPlainTextEdit>("inputs"), typed);
    } else if (fieldName == "maxWorkers" || fieldName == "maxTasksPerChild" ||
               fieldName == "timeoutMs") {
        auto *f = field<OptionalIntField>(fieldName.toLatin1().constData());
        QTest::mouseClick(f->emptyBox(), Qt::LeftButton, {}, QPoint(5, 5));
        typeInto(f->spinBox(), typed);
    } else if (fieldName == "threadNamePrefix") {
        auto *f = field<OptionalTextField>("threadNamePrefix");
        QTest::mouseClick(f->emptyBox(), Qt::LeftButton, {}, QPoint(5, 5));
        typeInto(f->lineEdit(), typed);
    } else if (fieldName == "maxAttempts") {
        typeInto(field<QSpinBox>("maxAttempts"), typed);
    } else if (fieldName == "backoffFactor" || fieldName == "maxBackoff") {
        typeInto(field<QDoubleSpinBox>(fieldName.toLatin1().constData()), typed);
    } else if (fieldName == "retryOn") {
        editRetryOn(typed);
    } else if (fieldName == "retryPolicy") {
        auto *box = field<QGroupBox>("retryPolicy");
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
        QCOMPARE(box->isChecked(), typed == "on");
    } else if (fieldName == "evaluation" || fieldName == "executor") {
        auto *combo = field<QComboBox>(fieldName.toLatin1().constData());
        const int target = combo->findText(typed.section(':', 0, 0));
        QVERIFY(target > 0);
        pickByKeys(combo, target);
        if (typed.contains(':'))
            typeInto(field<QDoubleSpinBox>("threshold"), typed.section(':', 1));
    } else if (fieldName == "jitter") {
        auto *combo = field<QComboBox>("jitter");
        const int target = combo->findData(typed);
        QVERIFY(target > 0);
        pickByKeys(combo, target);
    } else if (fieldName == "stopOnException") {
        QTest::mouseClick(field<QCheckBox>("stopOnException"), Qt::LeftButton, {}, QPoint(5, 5));
    } else if (fieldName == "pipeline") {
        typeLines(qobject_cast<QPlainTextEdit *>(shownWidget(fieldName)), typed);
    } else {
        QFAIL("no way to edit this field");
    }
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_window->document()->isModified());
    const QString shownBefore = shownState(fieldName);
    QVERIFY2(m_window->files()->save(), qPrintable(m_prompts->shownProblems.join('\n')));

    const Result<Project> saved = ProjectFile::load(m_window->document()->filePath());
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    const EventDefinition &e = saved->events.at(event);
    const QString key = fileCheck.section('=', 0, 0);
    const QString value = fileCheck.section('=', 1);
    if (key == "name") {
        QCOMPARE(e.name, value);
    } else if (key == "kind") {
        QCOMPARE(e.kind, value);
        QCOMPARE(e.params, KindParamsEditor::starterParams(value));
    } else if (key == "param") {
        const QString param = fieldName.section('.', 1);
        QCOMPARE(e.kind, fieldName.section('.', 0, 0));
        if (value == "absent")
            QVERIFY(!e.params.contains(param));
        else
            QCOMPARE(jsonText(e.params.value(param)), value);
    } else if (key == "tasks") {
        QCOMPARE(e.tasks, std::optional<int>(value.toInt()));
    } else if (key == "inputs") {
        QCOMPARE(*e.inputs, (QVariantList{QStringLiteral("alpha"), 42}));
    } else if (key == "max_workers") {
        QCOMPARE(e.executor_config->max_workers, std::optional<int>(value.toInt()));
    } else if (key == "max_tasks_per_child") {
        QCOMPARE(e.executor_config->max_tasks_per_child, std::optional<int>(value.toInt()));
    } else if (key == "timeout_ms") {
        QCOMPARE(e.timeout_ms, std::optional<int>(value.toInt()));
    } else if (key == "prefix") {
        QCOMPARE(e.executor_config->thread_name_prefix, std::optional<QString>(value));
    } else if (key == "max_attempts") {
        QCOMPARE(e.retry_policy->max_attempts, value.toInt());
    } else if (key == "backoff_factor") {
        QCOMPARE(e.retry_policy->backoff_factor, value.toDouble());
    } else if (key == "max_backoff") {
        QCOMPARE(e.retry_policy->max_backoff, value.toDouble());
    } else if (key == "retry_on") {
        QCOMPARE(e.retry_policy->retry_on_exceptions, value.split(','));
    } else if (key == "jitter") {
        QCOMPARE(RetryPolicy::jitterName(e.retry_policy->jitter), value);
    } else if (key == "retry") {
        if (value == "off")
            QVERIFY(!e.retry_policy);
        else
            QCOMPARE(e.retry_policy, std::optional<RetryPolicy>(RetryPolicy{}));
    } else if (key == "evaluation") {
        QCOMPARE(e.evaluation->toString(), value);
    } else if (key == "stop") {
        QCOMPARE(e.stop_on_exception, std::optional<bool>(true));
    } else if (key == "executor") {
        QCOMPARE(e.executor, std::optional<QString>(value));
    } else if (key == "pipeline") {
        QCOMPARE(saved->pipeline, std::optional<QString>(value));
    } else {
        QFAIL("no check for this field");
    }

    // Reopen in a fresh window: the widget shows the saved value.
    const QString path = m_window->document()->filePath();
    delete m_window;
    m_window = new MainWindow(m_prompts, m_dir.filePath(QStringLiteral("recovery")));
    m_window->show();
    QVERIFY(m_window->files()->open(path));
    m_window->explorer()->selectEvent(event);
    QCOMPARE(m_window->document()->event(event), e);
    QCOMPARE(shownState(fieldName), shownBefore);
    if (fieldName == "name")
        QCOMPARE(field<QLineEdit>("name")->text(), typed);
    else if (fieldName == "maxAttempts")
        QCOMPARE(field<QSpinBox>("maxAttempts")->value(), typed.toInt());
    else if (fieldName == "evaluation" || fieldName == "executor")
        QCOMPARE(field<QComboBox>(fieldName.toLatin1().constData())->currentText(),
                 typed.section(':', 0, 0));
    else if (fieldName == "stopOnException")
        QVERIFY(field<QCheckBox>("stopOnException")->isChecked());
    else if (fieldName == "jitter")
        QCOMPARE(field<QComboBox>("jitter")->currentData().toString(), typed);
    else if (typed == "EMPTY")
        QVERIFY(shownState(fieldName).startsWith("EMPTY "));
}

QTEST_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
