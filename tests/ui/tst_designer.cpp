// SPDX-License-Identifier: GPL-3.0-or-later
// The designer as a user drives it: undo and redo, prompts, crash recovery, models, the backoff
// preview. Field-by-field round trips through the file are in tst_roundtrip.

#include "DesignerFixture.h"

#include <QScopeGuard>
#include <QSignalSpy>

#include <sys/stat.h>

class TestDesigner : public DesignerFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { setUpPrompts(); }
    void cleanup() { tearDownWindow(); }
    void typingMergesIntoOneUndoStep();
    void projectNameRoundTripsAndUndoes();
    void renamingAnEventRenamesItInThePipeline();
    void undoRedoEachKindOfEdit();
    void invalidValueShowsLoaderMessage();
    void misspelledRetryTypeShowsLoaderMessage();
    void unsavedChangesPrompt();
    void crashRecoveryIsOfferedAndRestores();
    void crashRecoveryKeepsWorkThatIsNotValidYet();
    void liveInstanceWorkIsNeitherOfferedNorDeleted();
    void unmodifiedInstanceDeletesOnlyItsOwnSlot();
    void deadInstanceWorkIsOfferedNewestFirst();
    void recoveryFromBeforeSlotsIsOffered();
    void emptyLeftOversOfDeadInstancesAreSwept();
    void recoveryIsReadableByItsUserAlone();
    void eventModelPassesTester();
    void backoffPreviewValues_data();
    void backoffPreviewValues();
    void backoffPreviewShowsTheJitterRange();
};

void TestDesigner::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VolnuxTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_designer"));
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
    m_window = new MainWindow(m_prompts, recoveryRoot());
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

// A misspelled error type retries nothing: the designer says so under the field, with the
// loader's did-you-mean, and refuses to save, as volnux-run refuses to run the file.
void TestDesigner::misspelledRetryTypeShowsLoaderMessage()
{
    openSample();
    m_window->explorer()->selectEvent(1);
    editRetryOn("ValueError|ConectionError");
    const QStringList expected = ProjectFile::validate(m_window->document()->project());
    QCOMPARE(expected.size(), 1);
    QVERIFY2(expected.first().endsWith("unknown error type \"ConectionError\"; did you mean "
                                       "\"ConnectionError\"?"),
             qPrintable(expected.first()));
    bool shown = false;
    for (QLabel *label : m_window->eventEditor()->findChildren<QLabel *>())
        shown |= label->isVisible() && label->text() == expected.first();
    QVERIFY(shown);
    QVERIFY(!m_window->files()->save());
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
    const RecoverySlot slot(m_window->recovery()->directory());
    QTRY_VERIFY(slot.exists());
    // A crash: the window goes away without the close that discards the recovery file.
    delete m_window;
    m_window = nullptr;
    QVERIFY(slot.exists());
    // As a build before snapshots left it: the project file alone is restored.
    QVERIFY(QFile::remove(slot.directory() + QStringLiteral("/recovery.vxsnap")));

    m_window = new MainWindow(m_prompts, recoveryRoot());
    QVERIFY(m_window->files()->offerRecovery());
    QCOMPARE(m_prompts->restoreQuestions, 1);
    QCOMPARE(m_window->document()->event(0).name, QStringLiteral("unsaved"));
    QVERIFY(m_window->document()->isModified());
    QCOMPARE(QFileInfo(m_window->document()->filePath()).fileName(),
             QStringLiteral("sample.vxproj"));
    QVERIFY(m_window->windowTitle().contains("sample.vxproj"));
    // The work moved into the new instance's own slot; the crashed one's is gone.
    QVERIFY(m_window->recovery()->exists());
    QVERIFY(!QFileInfo::exists(slot.directory()));

    // Saving the restored work ends the recovery.
    QVERIFY(m_window->files()->save());
    QVERIFY(!m_window->recovery()->exists());
}

// Mid-edit work is often invalid (a name half typed, a pipeline with an open bracket); a crash
// then must not lose it: it comes back exactly, with its problems shown.
void TestDesigner::crashRecoveryKeepsWorkThatIsNotValidYet()
{
    openSample();
    m_window->files()->setAutosaveDelay(10);
    typeInto(field<QLineEdit>("name"), QStringLiteral("half typed"));
    QVERIFY(!m_window->document()->problems().isEmpty());
    const QStringList problems = m_window->document()->problems();
    QTRY_VERIFY(m_window->recovery()->exists());
    delete m_window; // a crash
    m_window = nullptr;

    m_window = new MainWindow(m_prompts, recoveryRoot());
    QSignalSpy messages(m_window->files(), &DocumentFiles::message);
    QVERIFY(m_window->files()->offerRecovery());
    QCOMPARE(m_window->document()->event(0).name, QStringLiteral("half typed"));
    QCOMPARE(m_window->document()->problems(), problems);
    QVERIFY(m_window->document()->isModified());
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages[0][0].toString().contains(QStringLiteral("problem")));
    // It cannot be saved until fixed, and the recovery stays meanwhile.
    QVERIFY(!m_window->files()->save());
    QVERIFY(m_window->recovery()->exists());
}

// Two studios at once: the second must not take the first one's live unsaved work for a crash,
// offer it, or delete it when the offer is refused.
void TestDesigner::liveInstanceWorkIsNeitherOfferedNorDeleted()
{
    openSample();
    m_window->files()->setAutosaveDelay(10);
    typeInto(field<QLineEdit>("name"), QStringLiteral("live"));
    const RecoverySlot first(m_window->recovery()->directory());
    QTRY_VERIFY(first.exists());

    m_prompts->restoreAnswer = false; // refusing an offer deletes what was offered
    MainWindow second(m_prompts, recoveryRoot());
    QVERIFY(!second.files()->offerRecovery());
    QCOMPARE(m_prompts->restoreQuestions, 0);
    QVERIFY(first.exists());
    QCOMPARE(first.read()->events.at(0).name, QStringLiteral("live"));
}

// An instance with nothing unsaved clears its own slot on every autosave tick, and only its own.
void TestDesigner::unmodifiedInstanceDeletesOnlyItsOwnSlot()
{
    openSample();
    m_window->files()->setAutosaveDelay(10);
    typeInto(field<QLineEdit>("name"), QStringLiteral("live"));
    const RecoverySlot first(m_window->recovery()->directory());
    QTRY_VERIFY(first.exists());

    MainWindow second(m_prompts, recoveryRoot());
    QVERIFY(!second.document()->isModified());
    second.files()->autosaveNow();
    QVERIFY(first.exists());
    QVERIFY(!second.recovery()->exists());
}

// Writes work as an instance that is gone left it: a slot folder and, `withDeadLock`, the
// lock file it held (QLockFile's format: pid, program, host), naming a process that cannot exist.
static void leaveSlot(const QString &root, const QString &id, const QString &eventName,
                      bool withDeadLock, const QDateTime &when)
{
    Project project = sampleProject();
    project.events[0].name = eventName;
    const RecoverySlot slot(root + QLatin1Char('/') + id);
    QVERIFY(slot.write(project, QString()));
    QFile note(slot.directory() + QStringLiteral("/recovery.json"));
    QVERIFY(note.open(QIODevice::ReadWrite));
    QVERIFY(note.setFileTime(when, QFileDevice::FileModificationTime));
    if (withDeadLock) {
        QFile lock(slot.directory() + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        // Above any Linux pid_max (2^22): no live process has it. No host: this one.
        QVERIFY(lock.write("1073741823\nvolnux-studio\n\n") > 0);
    }
}

void TestDesigner::deadInstanceWorkIsOfferedNewestFirst()
{
    const QString root = recoveryRoot();
    const QDateTime now = QDateTime::currentDateTime();
    leaveSlot(root, QStringLiteral("older"), QStringLiteral("older"), false, now.addSecs(-600));
    leaveSlot(root, QStringLiteral("newer"), QStringLiteral("newer"), true, now.addSecs(-60));
    if (QTest::currentTestFailed())
        return;

    m_window = new MainWindow(m_prompts, root);
    QSignalSpy messages(m_window->files(), &DocumentFiles::message);
    QVERIFY(m_window->files()->offerRecovery());
    QCOMPARE(m_prompts->restoreQuestions, 1);
    QCOMPARE(m_window->document()->event(0).name, QStringLiteral("newer"));
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/newer")));
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/newer.lock")));
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages[0][0].toString().contains(QStringLiteral("1 more")),
             qPrintable(messages[0][0].toString()));

    // The other is offered next: refused, it is deleted; this instance's work stays.
    m_prompts->restoreAnswer = false;
    MainWindow next(m_prompts, root);
    QVERIFY(!next.files()->offerRecovery());
    QCOMPARE(m_prompts->restoreQuestions, 2);
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/older")));
    QVERIFY(m_window->recovery()->exists());
}

// Builds before slots kept one recovery directly in the recovery folder: still restored.
void TestDesigner::recoveryFromBeforeSlotsIsOffered()
{
    Project project = sampleProject();
    project.events[0].name = QStringLiteral("old layout");
    QVERIFY(RecoverySlot(recoveryRoot()).write(project, QString()));

    m_window = new MainWindow(m_prompts, recoveryRoot());
    QVERIFY(m_window->files()->offerRecovery());
    QCOMPARE(m_window->document()->event(0).name, QStringLiteral("old layout"));
    QVERIFY(!RecoverySlot(recoveryRoot()).exists());
    QVERIFY(m_window->recovery()->exists());
}

// An instance that crashed with nothing unsaved leaves a lock, maybe an empty folder: the next
// start removes them, and nothing of a live instance.
void TestDesigner::emptyLeftOversOfDeadInstancesAreSwept()
{
    const QString root = recoveryRoot();
    QVERIFY(QDir().mkpath(root + QStringLiteral("/empty")));
    QFile lock(root + QStringLiteral("/gone.lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    QVERIFY(lock.write("1073741823\nvolnux-studio\n\n") > 0); // no such process
    lock.close();

    MainWindow live(m_prompts, root); // unmodified: a lock and nothing else
    const QString liveLock = live.recovery()->directory() + QStringLiteral(".lock");
    QVERIFY(QFileInfo::exists(liveLock));

    m_window = new MainWindow(m_prompts, root);
    QVERIFY(!m_window->files()->offerRecovery());
    QCOMPARE(m_prompts->restoreQuestions, 0);
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/empty")));
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/empty.lock")));
    QVERIFY(!QFileInfo::exists(root + QStringLiteral("/gone.lock")));
    QVERIFY(QFileInfo::exists(liveLock));
}

// Recovery files hold the `env` values of command events, which may be secrets.
void TestDesigner::recoveryIsReadableByItsUserAlone()
{
    // The usual umask, which alone would give 0755 and 0644.
    const auto restoreUmask = qScopeGuard([before = ::umask(022)] { ::umask(before); });
    openSample();
    m_window->files()->setAutosaveDelay(10);
    typeInto(field<QLineEdit>("name"), QStringLiteral("secret"));
    QTRY_VERIFY(m_window->recovery()->exists());

    const QFile::Permissions rwx = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                   QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                   QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const QString folder = m_window->recovery()->directory();
    QCOMPARE((QFileInfo(folder).permissions() & rwx).toInt(),
             (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner).toInt());
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files);
    QCOMPARE(files.size(), 3);
    for (const QFileInfo &file : files)
        QCOMPARE((file.permissions() & rwx).toInt(),
                 (QFile::ReadOwner | QFile::WriteOwner).toInt());
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

// With jitter the solid bar is the shortest wait and a hatched bar behind it reaches the longest.
void TestDesigner::backoffPreviewShowsTheJitterRange()
{
    openSample();
    m_window->explorer()->selectEvent(1);
    typeInto(field<QSpinBox>("maxAttempts"), QStringLiteral("5"));
    typeInto(field<QDoubleSpinBox>("backoffFactor"), QStringLiteral("1"));
    typeInto(field<QDoubleSpinBox>("maxBackoff"), QStringLiteral("100"));
    auto *jitter = field<QComboBox>("jitter");
    pickByKeys(jitter, jitter->findData(QStringLiteral("equal")));
    QCOMPARE(m_window->document()->event(1).retry_policy->jitter, BackoffJitter::Equal);

    BackoffPreview *preview = m_window->eventEditor()->retrySection()->preview();
    QCustomPlot *plot = preview->plot();
    QCPBars *range = nullptr;
    QList<double> solid{0, 0, 0, 0, 0};
    for (int p = 0; p < plot->plottableCount(); ++p) {
        auto *bars = qobject_cast<QCPBars *>(plot->plottable(p));
        if (!bars)
            continue;
        if (bars->name() == QStringLiteral("jitter range"))
            range = bars;
        else
            for (int i = 0; i < 5; ++i)
                solid[i] += bars->data()->at(i)->value;
    }
    QVERIFY(range);
    QList<double> longest;
    for (int i = 0; i < 5; ++i)
        longest << range->data()->at(i)->value;
    QCOMPARE(longest, (QList<double>{0, 0, 2, 4, 8})); // the formula's waits
    QCOMPARE(solid, (QList<double>{0, 0, 1, 2, 4}));   // equal jitter: at least half
    QVERIFY(plot->legend->hasItemWithPlottable(range));
    // As many rows as the entries need at this width (narrow, two a row), the new entry last.
    const auto entries = [plot] {
        QList<QCPAbstractLegendItem *> items;
        for (int i = 0; i < plot->legend->itemCount(); ++i) // cells, in fill order
            if (plot->legend->item(i))
                items << plot->legend->item(i);
        return items;
    };
    const auto rowsNeeded = [plot, &entries] {
        const int count = int(entries().size());
        const int perRow = plot->legend->wrap() > 0 ? plot->legend->wrap() : count;
        return (count + perRow - 1) / perRow;
    };
    QCOMPARE(entries().size(), 4);
    QCOMPARE(plot->legend->rowCount(), rowsNeeded());
    QVERIFY(plot->legend->minimumOuterSizeHint().width() <= preview->width());
    QCOMPARE(entries().last(), plot->legend->itemWithPlottable(range));
    QVERIFY(preview->summary().contains(QStringLiteral("equal jitter")));

    pickByKeys(jitter, jitter->findData(QStringLiteral("none")));
    QVERIFY(!plot->legend->hasItemWithPlottable(range));
    // Closed up, with no row left over where the entry was, however often it comes and goes.
    for (int round = 0; round < 3; ++round) {
        RetryPolicy jittered;
        jittered.jitter = BackoffJitter::Full;
        preview->setPolicy(jittered);
        preview->setPolicy(RetryPolicy{});
    }
    QCOMPARE(entries().size(), 3);
    QCOMPARE(plot->legend->rowCount(), rowsNeeded());
    QCOMPARE(range->data()->at(4)->value, 0.0);
    QVERIFY(!preview->summary().contains(QStringLiteral("jitter")));
    // Back-to-back changes of one field are one undo step, as typing is; the edit before stays.
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->event(1).retry_policy->jitter, BackoffJitter::None);
    QCOMPARE(m_window->document()->event(1).retry_policy->max_backoff, 100.0);
    m_window->document()->undoStack()->redo();
    QCOMPARE(m_window->document()->event(1).retry_policy->jitter, BackoffJitter::None);
    QCOMPARE(jitter->currentData().toString(), QStringLiteral("none"));
}

QTEST_MAIN(TestDesigner)
#include "tst_designer.moc"
