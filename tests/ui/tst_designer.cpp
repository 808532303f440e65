// The designer as a user drives it: widgets edited with key and mouse events, saved, reopened.

// qcustomplot.h needs Qt's foreach, which the build policy switches off; it must come first.
#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "core/project/ProjectFile.h"
#include "ui/document/ProjectDocument.h"
#include "ui/editors/DurationEdit.h"
#include "ui/editors/EventEditor.h"
#include "ui/editors/ExceptionTypesEditor.h"
#include "ui/editors/KindParamsEditor.h"
#include "ui/editors/OptionalIntField.h"
#include "ui/editors/OptionalTextField.h"
#include "ui/editors/RetrySection.h"
#include "ui/explorer/ProjectExplorer.h"
#include "ui/files/DocumentFiles.h"
#include "ui/files/RecoveryStore.h"
#include "ui/files/UserPrompts.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/EventListModel.h"
#include "ui/plots/BackoffPreview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace volnux;

class FakePrompts : public UserPrompts
{
public:
    SaveChoice saveAnswer = SaveChoice::Cancel;
    bool restoreAnswer = true;
    QString savePath;
    int saveQuestions = 0;
    int restoreQuestions = 0;
    QStringList shownProblems;

    SaveChoice askSaveChanges(const QString &) override
    {
        ++saveQuestions;
        return saveAnswer;
    }
    bool askRestoreRecovery(const QString &, const QDateTime &) override
    {
        ++restoreQuestions;
        return restoreAnswer;
    }
    void showProblems(const QString &, const QString &, const QStringList &problems) override
    {
        shownProblems << problems;
    }
    QString askOpenPath(const QString &) override { return {}; }
    QString askSavePath(const QString &) override { return savePath; }
};

static Project sampleProject()
{
    Project project;
    project.name = QStringLiteral("Sample");
    EventDefinition sleep;
    sleep.name = QStringLiteral("wait");
    sleep.kind = QStringLiteral("sleep");
    sleep.params = {{QStringLiteral("duration_ms"), 1000}};
    EventDefinition sim;
    sim.name = QStringLiteral("flaky");
    sim.kind = QStringLiteral("simulate");
    sim.params = {{QStringLiteral("seed"), 7}};
    sim.retry_policy = RetryPolicy{};
    project.events = {sleep, sim};
    return project;
}

class TestDesigner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fieldRoundTrips_data();
    void fieldRoundTrips();
    void typingMergesIntoOneUndoStep();
    void projectNameRoundTripsAndUndoes();
    void renamingAnEventRenamesItInThePipeline();
    void undoRedoEachKindOfEdit();
    void invalidValueShowsLoaderMessage();
    void unsavedChangesPrompt();
    void crashRecoveryIsOfferedAndRestores();
    void eventModelPassesTester();
    void backoffPreviewValues_data();
    void backoffPreviewValues();

private:
    MainWindow *openSample();
    template <typename T> T *field(const char *name)
    {
        T *widget = m_window->eventEditor()->findChild<T *>(QString::fromLatin1(name));
        Q_ASSERT(widget);
        return widget;
    }
    void typeInto(QWidget *widget, const QString &text);
    void typeLines(QPlainTextEdit *text, const QString &lines);
    void pickByKeys(QComboBox *combo, int target);
    void switchKind(const QString &kind);
    void editParam(const QString &name, const QString &typed);
    void editRetryOn(const QString &typed);
    QWidget *shownWidget(const QString &fieldName);
    QString shownState(const QString &fieldName);

    QTemporaryDir m_dir;
    FakePrompts *m_prompts = nullptr;
    MainWindow *m_window = nullptr;
};

void TestDesigner::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VolnuxTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_designer"));
}

void TestDesigner::init()
{
    m_prompts = new FakePrompts;
}

void TestDesigner::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_prompts;
    RecoveryStore(m_dir.filePath(QStringLiteral("recovery"))).discard();
}

MainWindow *TestDesigner::openSample()
{
    const QString path = m_dir.filePath(QStringLiteral("sample.vxproj"));
    if (!ProjectFile::save(sampleProject(), path))
        qFatal("cannot write the sample project");
    m_window = new MainWindow(m_prompts, m_dir.filePath(QStringLiteral("recovery")));
    m_window->show();
    if (!m_window->files()->open(path))
        qFatal("cannot open the sample project");
    return m_window;
}

void TestDesigner::typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(widget, text);
}

void TestDesigner::typeLines(QPlainTextEdit *text, const QString &lines)
{
    text->setFocus();
    QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
    const QStringList parts = lines.split('\n');
    for (int i = 0; i < parts.size(); ++i) {
        if (i > 0)
            QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, parts[i]);
    }
}

void TestDesigner::pickByKeys(QComboBox *combo, int target)
{
    QVERIFY(target >= 0);
    combo->setFocus();
    for (int guard = 0; combo->currentIndex() != target && guard < 200; ++guard)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(combo->currentIndex(), target);
}

void TestDesigner::switchKind(const QString &kind)
{
    auto *combo = field<QComboBox>("kind");
    if (combo->currentText() == kind)
        return;
    pickByKeys(combo, combo->findText(kind));
    const int event = m_window->eventEditor()->currentEvent();
    QCOMPARE(m_window->document()->event(event).kind, kind);
}

// Edits parameter `name` through the row KindParamsEditor built for it. "EMPTY" ticks the row's
// EMPTY box; any other value first unticks it, as a user must to type.
void TestDesigner::editParam(const QString &name, const QString &typed)
{
    auto *editor = m_window->eventEditor()->findChild<QWidget *>("param_" + name);
    QVERIFY2(editor, qPrintable(name));
    auto *empty = m_window->eventEditor()->findChild<QCheckBox *>("empty_" + name);
    // Rows built for a newly selected kind are shown by the event loop, as the user sees them.
    QTRY_VERIFY(editor->isVisible());
    if (typed == "EMPTY") {
        QVERIFY(empty && !empty->isChecked());
        QTest::mouseClick(empty, Qt::LeftButton, {}, QPoint(5, 5));
        return;
    }
    if (empty && empty->isChecked())
        QTest::mouseClick(empty, Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(editor->isEnabled());
    if (auto *duration = qobject_cast<DurationEdit *>(editor)) {
        typeInto(duration->spinBox(), typed.section(' ', 0, 0));
        pickByKeys(duration->unitBox(), duration->unitBox()->findText(typed.section(' ', 1)));
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int listed = combo->findText(typed);
        if (listed >= 0)
            pickByKeys(combo, listed);
        else
            typeInto(combo->lineEdit(), typed);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        typeLines(text, typed);
    } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor)) {
        typeInto(spin, typed);
    } else {
        // A line edit, alone or beside its Browse button.
        auto *line = qobject_cast<QLineEdit *>(editor);
        typeInto(line ? line : editor->findChild<QLineEdit *>(), typed);
    }
}

// "Picked|Typed": the first type is picked from the list and added with the Add button, the
// second is typed as a new name and added with Return.
void TestDesigner::editRetryOn(const QString &typed)
{
    auto *picker = field<QComboBox>("exceptionPicker");
    pickByKeys(picker, picker->findData(typed.section('|', 0, 0)));
    QTest::mouseClick(field<QPushButton>("addException"), Qt::LeftButton);
    typeInto(picker->lineEdit(), typed.section('|', 1));
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
}

QWidget *TestDesigner::shownWidget(const QString &fieldName)
{
    if (fieldName == "pipeline")
        return m_window->findChild<QPlainTextEdit *>(QStringLiteral("pipelineText"));
    const QString name = fieldName.contains('.') ? "param_" + fieldName.section('.', 1) : fieldName;
    return m_window->eventEditor()->findChild<QWidget *>(name);
}

// What the user sees in a field's widget, as text, so the saved-and-reopened widget can be
// compared with the one edited.
QString TestDesigner::shownState(const QString &fieldName)
{
    QWidget *w = shownWidget(fieldName);
    if (!w)
        return QStringLiteral("<missing>");
    QString shown;
    if (auto *d = qobject_cast<DurationEdit *>(w))
        shown = QString::number(d->seconds());
    else if (auto *f = qobject_cast<OptionalIntField *>(w))
        shown = f->value() ? QString::number(*f->value()) : QStringLiteral("EMPTY");
    else if (auto *f = qobject_cast<OptionalTextField *>(w))
        shown = f->value().value_or(QStringLiteral("EMPTY"));
    else if (auto *e = qobject_cast<ExceptionTypesEditor *>(w))
        shown = e->types().join(',');
    else if (auto *g = qobject_cast<QGroupBox *>(w))
        shown = QString::fromLatin1(g->isChecked() ? "on" : "off");
    else if (auto *b = qobject_cast<QAbstractButton *>(w))
        shown = QString::fromLatin1(b->isChecked() ? "checked" : "unchecked");
    else if (auto *c = qobject_cast<QComboBox *>(w))
        shown = c->currentText();
    else if (auto *d = qobject_cast<QDoubleSpinBox *>(w))
        shown = QString::number(d->value()) + d->suffix(); // typed "0.5" shows "0.500" later
    else if (auto *s = qobject_cast<QSpinBox *>(w))
        shown = QString::number(s->value()) + s->suffix();
    else if (auto *t = qobject_cast<QPlainTextEdit *>(w))
        shown = t->toPlainText();
    else if (auto *l = qobject_cast<QLineEdit *>(w))
        shown = l->text();
    else if (auto *l = w->findChild<QLineEdit *>())
        shown = l->text();
    if (fieldName == "evaluation" && shown.startsWith("AT_LEAST"))
        shown += ' ' + field<QDoubleSpinBox>("threshold")->text();
    if (fieldName.contains('.')) {
        auto *empty =
            m_window->eventEditor()->findChild<QCheckBox *>("empty_" + fieldName.section('.', 1));
        if (empty && empty->isChecked())
            shown.prepend("EMPTY ");
    }
    return shown;
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
    static const QStringList onFlaky = {"maxAttempts", "backoffFactor", "maxBackoff", "retryOn"};
    return onFlaky.contains(fieldName) ? 1 : 0;
}

// Each row edits one field of event 0 (or 1) through its widget; the saved file and the reopened
// editor must both show the new value. "kind.param" rows edit a parameter of that kind, switching
// the event's kind first when it differs; their check is param=<JSON in the file> or param=absent.
void TestDesigner::fieldRoundTrips_data()
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
                                         << "ValueError|MyError"
                                         << "retry_on=ValueError,MyError";
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

void TestDesigner::fieldRoundTrips()
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
    } else if (fieldName == "maxWorkers" || fieldName == "maxTasksPerChild") {
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
    else if (typed == "EMPTY")
        QVERIFY(shownState(fieldName).startsWith("EMPTY "));
}

void TestDesigner::projectNameRoundTripsAndUndoes()
{
    openSample();
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("projectName"));
    QVERIFY(name);
    QCOMPARE(name->text(), m_window->document()->project().name);
    const QString before = name->text();
    typeInto(name, QStringLiteral("Nightly sync"));
    QCOMPARE(m_window->document()->project().name, QStringLiteral("Nightly sync"));
    QCOMPARE(m_window->document()->undoStack()->count(), 1); // typing merged into one step
    m_window->document()->undoStack()->undo();
    QCOMPARE(name->text(), before);
    m_window->document()->undoStack()->redo();
    QVERIFY(m_window->files()->save());
    QCOMPARE(ProjectFile::load(m_window->document()->filePath())->name,
             QStringLiteral("Nightly sync"));

    const QString path = m_window->document()->filePath();
    delete m_window;
    m_window = new MainWindow(m_prompts, m_dir.filePath(QStringLiteral("recovery")));
    QVERIFY(m_window->files()->open(path));
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("projectName"))->text(),
             QStringLiteral("Nightly sync"));
}

void TestDesigner::renamingAnEventRenamesItInThePipeline()
{
    openSample();
    ProjectDocument *doc = m_window->document();
    QUndoStack *stack = doc->undoStack();
    auto *pipeline = m_window->findChild<QPlainTextEdit *>(QStringLiteral("pipelineText"));
    pipeline->setFocus();
    QTest::keyClicks(pipeline, QStringLiteral("wait -> flaky # wait here"));
    const int steps = stack->count();
    m_window->explorer()->selectEvent(0);
    QCOMPARE(doc->event(0).name, QStringLiteral("wait"));

    typeInto(field<QLineEdit>("name"), QStringLiteral("pause"));
    // Uses of the name change, a comment does not; one undo step for name and pipeline.
    const QString renamed = QStringLiteral("pause -> flaky # wait here");
    QCOMPARE(doc->project().pipeline, std::optional<QString>(renamed));
    QCOMPARE(pipeline->toPlainText(), renamed);
    QCOMPARE(stack->count(), steps + 1);
    QVERIFY2(doc->problems().isEmpty(), qPrintable(doc->problems().join('\n')));

    stack->undo();
    QCOMPARE(doc->event(0).name, QStringLiteral("wait"));
    QCOMPARE(pipeline->toPlainText(), QStringLiteral("wait -> flaky # wait here"));
    stack->redo();
    QCOMPARE(pipeline->toPlainText(), renamed);
}

void TestDesigner::typingMergesIntoOneUndoStep()
{
    openSample();
    QUndoStack *stack = m_window->document()->undoStack();
    typeInto(field<QLineEdit>("name"), QStringLiteral("renamed"));
    QCOMPARE(m_window->document()->event(0).name, QStringLiteral("renamed"));
    QCOMPARE(stack->count(), 1);
    stack->undo();
    QCOMPARE(m_window->document()->event(0).name, QStringLiteral("wait"));
    QCOMPARE(field<QLineEdit>("name")->text(), QStringLiteral("wait"));
    QVERIFY(!m_window->document()->isModified());
    stack->redo();
    QCOMPARE(field<QLineEdit>("name")->text(), QStringLiteral("renamed"));
}

void TestDesigner::undoRedoEachKindOfEdit()
{
    openSample();
    ProjectDocument *doc = m_window->document();
    QUndoStack *stack = doc->undoStack();
    const Project original = doc->project();

    m_window->explorer()->addEvent(QStringLiteral("compute")); // insert
    m_window->explorer()->selectEvent(0);
    m_window->explorer()->duplicateCurrent(); // duplicate
    m_window->explorer()->moveCurrent(1);     // move
    m_window->explorer()->deleteCurrent();    // delete
    m_window->explorer()->selectEvent(1);
    QTest::mouseClick(field<QCheckBox>("stopOnException"), Qt::LeftButton, {}, QPoint(5, 5));
    auto *pipeline = m_window->findChild<QPlainTextEdit *>(QStringLiteral("pipelineText"));
    pipeline->setFocus();
    QTest::keyClicks(pipeline, QStringLiteral("wait -> flaky")); // pipeline typing: one step
    QCOMPARE(doc->project().pipeline, std::optional<QString>(QStringLiteral("wait -> flaky")));
    QCOMPARE(stack->count(), 6);
    const Project edited = doc->project();

    while (stack->canUndo())
        stack->undo();
    QCOMPARE(doc->project(), original);
    QCOMPARE(pipeline->toPlainText(), QString());
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(doc->project(), edited);
}

void TestDesigner::invalidValueShowsLoaderMessage()
{
    openSample();
    m_window->explorer()->selectEvent(1);
    typeInto(field<QSpinBox>("maxAttempts"), QStringLiteral("0"));
    const QStringList expected = ProjectFile::validate(m_window->document()->project());
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.first().contains("max_attempts"));
    // The loader's own message appears under the field.
    bool shown = false;
    for (QLabel *label : m_window->eventEditor()->findChildren<QLabel *>())
        shown |= label->isVisible() && label->text() == expected.first();
    QVERIFY(shown);
    // The explorer's badge counts it, and saving refuses to write a file the loader rejects.
    auto *model = m_window->explorer()->model();
    QCOMPARE(model->index(1).data(EventListModel::ProblemCountRole).toInt(), 1);
    QCOMPARE(model->index(0).data(EventListModel::ProblemCountRole).toInt(), 0);
    QVERIFY(!m_window->files()->save());
    QCOMPARE(m_prompts->shownProblems, expected);
}

void TestDesigner::unsavedChangesPrompt()
{
    openSample();
    typeInto(field<QLineEdit>("name"), QStringLiteral("x"));
    m_prompts->saveAnswer = UserPrompts::SaveChoice::Cancel;
    QVERIFY(!m_window->close());
    QCOMPARE(m_prompts->saveQuestions, 1);
    QVERIFY(!m_window->files()->newProject());
    QCOMPARE(m_window->document()->event(0).name, QStringLiteral("x"));

    m_prompts->saveAnswer = UserPrompts::SaveChoice::Save;
    QVERIFY(m_window->files()->newProject());
    QCOMPARE(m_prompts->saveQuestions, 3);
    QCOMPARE(ProjectFile::load(m_dir.filePath("sample.vxproj"))->events.at(0).name,
             QStringLiteral("x"));
    QCOMPARE(m_window->document()->eventCount(), 0);
    QVERIFY(m_window->windowTitle().startsWith("Untitled"));

    // Unmodified: no question at all.
    QVERIFY(m_window->close());
    QCOMPARE(m_prompts->saveQuestions, 3);
}

void TestDesigner::crashRecoveryIsOfferedAndRestores()
{
    openSample();
    m_window->files()->setAutosaveDelay(10);
    typeInto(field<QLineEdit>("name"), QStringLiteral("unsaved"));
    RecoveryStore store(m_dir.filePath(QStringLiteral("recovery")));
    QTRY_VERIFY(store.exists());
    // A crash: the window goes away without the close that discards the recovery file.
    delete m_window;
    m_window = nullptr;
    QVERIFY(store.exists());

    m_window = new MainWindow(m_prompts, m_dir.filePath(QStringLiteral("recovery")));
    QVERIFY(m_window->files()->offerRecovery());
    QCOMPARE(m_prompts->restoreQuestions, 1);
    QCOMPARE(m_window->document()->event(0).name, QStringLiteral("unsaved"));
    QVERIFY(m_window->document()->isModified());
    QCOMPARE(QFileInfo(m_window->document()->filePath()).fileName(),
             QStringLiteral("sample.vxproj"));
    QVERIFY(m_window->windowTitle().contains("sample.vxproj"));

    // Saving the restored work ends the recovery.
    QVERIFY(m_window->files()->save());
    QVERIFY(!store.exists());
}

void TestDesigner::eventModelPassesTester()
{
    openSample();
    EventListModel *model = m_window->explorer()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->explorer()->addEvent(QStringLiteral("sleep"));
    m_window->explorer()->selectEvent(0);
    m_window->explorer()->moveCurrent(1);
    m_window->explorer()->moveCurrent(-1);
    m_window->explorer()->duplicateCurrent();
    m_window->explorer()->deleteCurrent();
    QVERIFY(model->setData(model->index(0), QStringLiteral("renamed")));
    QCOMPARE(model->index(0).data().toString(), QStringLiteral("renamed"));
    m_window->document()->undoStack()->undo();
    m_prompts->saveAnswer = UserPrompts::SaveChoice::Discard;
    QVERIFY(m_window->files()->newProject());
    QCOMPARE(model->rowCount(), 0);
}

void TestDesigner::backoffPreviewValues_data()
{
    QTest::addColumn<int>("maxAttempts");
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("cap");
    QTest::addColumn<QList<double>>("waits");
    QTest::newRow("default") << 5 << 0.05 << 100.0 << QList<double>{0, 0, 0.1, 0.2, 0.4};
    QTest::newRow("capped") << 6 << 1.0 << 5.0 << QList<double>{0, 0, 2, 4, 5, 5};
    QTest::newRow("one attempt") << 1 << 1.0 << 5.0 << QList<double>{0};
}

void TestDesigner::backoffPreviewValues()
{
    QFETCH(int, maxAttempts);
    QFETCH(double, factor);
    QFETCH(double, cap);
    QFETCH(QList<double>, waits);
    openSample();
    m_window->explorer()->selectEvent(1);
    typeInto(field<QSpinBox>("maxAttempts"), QString::number(maxAttempts));
    typeInto(field<QDoubleSpinBox>("backoffFactor"), QString::number(factor));
    typeInto(field<QDoubleSpinBox>("maxBackoff"), QString::number(cap));
    BackoffPreview *preview = m_window->eventEditor()->retrySection()->preview();
    // What the chart draws: one bar per attempt (the capped and free bars together) and the sum.
    QCustomPlot *plot = preview->plot();
    QList<double> drawn;
    double total = 0;
    QList<double> totals;
    for (int i = 0; i < waits.size(); ++i) {
        double bar = 0;
        for (int p = 0; p < plot->plottableCount(); ++p) {
            if (auto *bars = qobject_cast<QCPBars *>(plot->plottable(p)))
                bar += bars->data()->at(i)->value;
        }
        drawn << bar;
        totals << (total += waits[i]);
    }
    for (int i = 0; i < waits.size(); ++i)
        QVERIFY2(qAbs(drawn[i] - waits[i]) < 1e-9, qPrintable(QString::number(drawn[i])));
    QCPGraph *cumulative = plot->graph(0);
    QCOMPARE(cumulative->dataCount(), waits.size());
    QVERIFY(qAbs(cumulative->data()->at(waits.size() - 1)->value - totals.last()) < 1e-9);
}

QTEST_MAIN(TestDesigner)
#include "tst_designer.moc"
