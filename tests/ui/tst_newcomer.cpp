// SPDX-License-Identifier: GPL-3.0-or-later
// What a newcomer tripped over in the designer, driven as they drove it: EMPTY fields that showed
// another event's values, toolbar buttons that moved under the mouse, two undo histories for the
// pipeline text, a graph that went stale silently, a problem count that could not be clicked,
// a backoff preview blind to the pipeline's `* N`, and events the pipeline leaves out.

#include "DesignerFixture.h"

#include "core/events/EventOptions.h"
#include "ui/mainwindow/ProblemsPanel.h"
#include "ui/pipeline/PipelineEditor.h"
#include "ui/pipeline/PipelineGraphView.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

class TestNewcomer : public DesignerFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { setUpPrompts(); }
    void cleanup() { tearDownWindow(); }
    void emptyFieldsShowTheDefaultNotThePreviousEvent();
    void toolbarButtonsKeepTheirPlace();
    void pipelineTextHasOneUndoHistory();
    void staleGraphIsMarked();
    void problemCountOpensAListThatGoesToTheField();
    void problemInThePipelineGoesToItsPosition();
    void eventsLeftOutOfThePipelineAreWarned();
    void backoffPreviewFollowsThePipelinesAttempts();

private:
    void openProject(const Project &project);
    void setPipeline(const QString &text);
    QToolButton *problemCount() const;
    QTreeWidgetItem *problemRow(const QString &startsWith) const;
};

void TestNewcomer::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VolnuxTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_newcomer"));
}

void TestNewcomer::openProject(const Project &project)
{
    const QString path = m_dir.filePath(QStringLiteral("newcomer.vxproj"));
    QVERIFY(ProjectFile::save(project, path));
    m_window = new MainWindow(m_prompts, recoveryRoot());
    m_window->show();
    QVERIFY(m_window->files()->open(path));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestNewcomer::setPipeline(const QString &text)
{
    auto *box = m_window->pipelineEditor()->textEdit();
    QTRY_VERIFY(box->isVisible());
    typeLines(box, text);
    QCOMPARE(m_window->document()->project().pipeline.value_or(QString()), text);
}

QToolButton *TestNewcomer::problemCount() const
{
    return m_window->statusBar()->findChild<QToolButton *>(QStringLiteral("problemCount"));
}

QTreeWidgetItem *TestNewcomer::problemRow(const QString &startsWith) const
{
    QTreeWidget *list = m_window->problemsPanel()->list();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString().startsWith(startsWith))
            return item;
    }
    return nullptr;
}

// capped_backoff sets max_workers 2 and thread_name_prefix "slow_"; returned_failure leaves
// both EMPTY. Its greyed fields used to show 2 and slow_, and unticking EMPTY stored slow_.
void TestNewcomer::emptyFieldsShowTheDefaultNotThePreviousEvent()
{
    Project project = sampleProject();
    project.events[0].name = QStringLiteral("capped_backoff");
    project.events[0].executor = ExecutorNames::ThreadPoolExecutor;
    ExecutorInitializerConfig config;
    config.max_workers = 2;
    config.max_tasks_per_child = 7;
    config.thread_name_prefix = QStringLiteral("slow_");
    project.events[0].executor_config = config;
    project.events[1].name = QStringLiteral("returned_failure");
    openProject(project);

    m_window->explorer()->selectEvent(0);
    auto *workers = field<OptionalIntField>("maxWorkers");
    auto *perChild = field<OptionalIntField>("maxTasksPerChild");
    auto *prefix = field<OptionalTextField>("threadNamePrefix");
    QCOMPARE(workers->spinBox()->value(), 2);
    QCOMPARE(prefix->lineEdit()->text(), QStringLiteral("slow_"));

    m_window->explorer()->selectEvent(1);
    const int processors = ExecutorInitializerConfig::processorCount();
    QVERIFY(workers->emptyBox()->isChecked());
    QCOMPARE(workers->spinBox()->value(), processors);
    QCOMPARE(perChild->spinBox()->value(), 100);
    QCOMPARE(prefix->lineEdit()->text(), QString());

    QTRY_VERIFY(prefix->emptyBox()->isVisible());
    QTest::mouseClick(prefix->emptyBox(), Qt::LeftButton, {}, QPoint(5, 5));
    QTest::mouseClick(workers->emptyBox(), Qt::LeftButton, {}, QPoint(5, 5));
    QTest::mouseClick(perChild->emptyBox(), Qt::LeftButton, {}, QPoint(5, 5));
    const auto stored = m_window->document()->event(1).executor_config;
    QVERIFY(stored.has_value());
    QCOMPARE(stored->thread_name_prefix, std::optional<QString>(QString()));
    QCOMPARE(stored->max_workers, std::optional<int>(processors));
    QCOMPARE(stored->max_tasks_per_child, std::optional<int>(100));
}

// "Undo Edit thread_name_prefix" on the toolbar pushed Run from x≈424 to x≈575.
void TestNewcomer::toolbarButtonsKeepTheirPlace()
{
    openSample();
    auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QWidget *run = toolbar->widgetForAction(m_window->runAction());
    QVERIFY(run);
    const int runX = run->mapTo(m_window, QPoint()).x();

    m_window->explorer()->selectEvent(1);
    auto *prefix = field<OptionalTextField>("threadNamePrefix");
    QTRY_VERIFY(prefix->emptyBox()->isVisible());
    QTest::mouseClick(prefix->emptyBox(), Qt::LeftButton, {}, QPoint(5, 5));
    typeInto(prefix->lineEdit(), QStringLiteral("worker_"));
    QCoreApplication::processEvents();
    QCOMPARE(run->mapTo(m_window, QPoint()).x(), runX);
    // The full text is still there: in the tooltip, and in the Edit menu.
    const auto button = [toolbar, this](const char *name) {
        return qobject_cast<QToolButton *>(
            toolbar->widgetForAction(m_window->findChild<QAction *>(QString::fromLatin1(name))));
    };
    QToolButton *undo = button("actionUndoToolbar");
    QToolButton *redo = button("actionRedoToolbar");
    QVERIFY(undo && redo);
    QCOMPARE(undo->text(), QStringLiteral("Undo"));
    QVERIFY2(undo->toolTip().contains(QStringLiteral("Undo Edit thread_name_prefix")),
             qPrintable(undo->toolTip()));
    QVERIFY(m_window->findChild<QAction *>("actionUndo")
                ->text()
                .contains(QStringLiteral("thread_name_prefix")));

    // The short button does what the menu entry does; now Redo names a command too.
    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(m_window->document()->undoStack()->canRedo());
    QCoreApplication::processEvents();
    QCOMPARE(run->mapTo(m_window, QPoint()).x(), runX);
    QCOMPARE(redo->text(), QStringLiteral("Redo"));
    QVERIFY2(redo->toolTip().contains(QStringLiteral("Redo Edit thread_name_prefix")),
             qPrintable(redo->toolTip()));
    QTest::mouseClick(redo, Qt::LeftButton);
    QCOMPARE(m_window->document()->event(1).executor_config->thread_name_prefix,
             std::optional<QString>(QStringLiteral("worker_")));
}

// Ctrl+Z in the text box reverted the text, but the title kept "*" and Redo stayed disabled.
void TestNewcomer::pipelineTextHasOneUndoHistory()
{
    openSample();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    setPipeline(QStringLiteral("wait -> flaky"));
    QVERIFY(m_window->isWindowModified());
    QPlainTextEdit *box = m_window->pipelineEditor()->textEdit();
    QVERIFY(box->hasFocus());

    QTest::keyClick(box, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(box->toPlainText(), QString());
    QVERIFY(!m_window->document()->project().pipeline);
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->document()->undoStack()->canRedo());
    QVERIFY(m_window->findChild<QAction *>("actionRedo")->isEnabled());

    QTest::keyClick(box, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(box->toPlainText(), QStringLiteral("wait -> flaky"));
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(m_window->document()->project().pipeline, std::optional<QString>("wait -> flaky"));
}

void TestNewcomer::staleGraphIsMarked()
{
    openSample();
    PipelineGraphView *graph = m_window->pipelineEditor()->graphView();
    setPipeline(QStringLiteral("wait -> flaky"));
    QVERIFY(!graph->isStale());
    QVERIFY(!graph->staleMark()->isVisibleTo(m_window));

    setPipeline(QStringLiteral("wait -> fla"));
    QVERIFY(graph->isStale());
    QVERIFY(graph->staleMark()->isVisibleTo(m_window));
    QVERIFY2(graph->staleMark()->text().contains(QStringLiteral("line 1, column 9")),
             qPrintable(graph->staleMark()->text()));
    // Still the last text that parsed, typed on the way: "wait".
    QCOMPARE(graph->drawnEvents(), QList<int>({0}));

    setPipeline(QStringLiteral("flaky"));
    QVERIFY(!graph->isStale());
    QVERIFY(!graph->staleMark()->isVisibleTo(m_window));
}

void TestNewcomer::problemCountOpensAListThatGoesToTheField()
{
    openSample();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->explorer()->selectEvent(1);
    auto *workers = field<OptionalIntField>("maxWorkers");
    QTRY_VERIFY(workers->emptyBox()->isVisible());
    QTest::mouseClick(workers->emptyBox(), Qt::LeftButton, {}, QPoint(5, 5));
    typeInto(workers->spinBox(), QStringLiteral("-3"));
    QCOMPARE(m_window->document()->problems().size(), 1);
    m_window->explorer()->selectEvent(0);

    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    QVERIFY(dock && !dock->isVisible());
    QCOMPARE(problemCount()->text(), QStringLiteral("1 problem(s)"));
    QTest::mouseClick(problemCount(), Qt::LeftButton);
    QTRY_VERIFY(dock->isVisible());
    QTreeWidgetItem *row = problemRow(QStringLiteral("events[1].executor_config.max_workers"));
    QVERIFY(row);

    QTreeWidget *list = m_window->problemsPanel()->list();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(row).center());
    QCOMPARE(m_window->eventEditor()->currentEvent(), 1);
    QTRY_VERIFY(workers->spinBox()->hasFocus());
}

void TestNewcomer::problemInThePipelineGoesToItsPosition()
{
    openSample();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    setPipeline(QStringLiteral("wait ->\nflaky -> nope"));
    QTreeWidgetItem *row = problemRow(QStringLiteral("pipeline"));
    QVERIFY(row);
    m_window->explorer()->setFocus();
    m_window->showProblems();
    QTreeWidget *list = m_window->problemsPanel()->list();
    QTRY_VERIFY(list->isVisible());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(row).center());
    QPlainTextEdit *box = m_window->pipelineEditor()->textEdit();
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->hasFocus());
    const QTextCursor cursor = box->textCursor();
    QCOMPARE(cursor.blockNumber(), 1);     // line 2
    QCOMPARE(cursor.positionInBlock(), 9); // column 10: "nope"
}

void TestNewcomer::eventsLeftOutOfThePipelineAreWarned()
{
    openSample();
    QCOMPARE(problemCount()->text(), QStringLiteral("No problems"));
    setPipeline(QStringLiteral("flaky"));
    QCOMPARE(m_window->document()->warnings().size(), 1);
    const QString warning = m_window->document()->warnings().first();
    QVERIFY2(warning.startsWith(QStringLiteral("events[0]: 'wait' is not in the pipeline")),
             qPrintable(warning));
    QVERIFY(m_window->document()->problems().isEmpty()); // a warning: it still saves and runs
    QCOMPARE(problemCount()->text(), QStringLiteral("No problems · 1 warning(s)"));

    m_window->explorer()->selectEvent(1);
    m_window->showProblems();
    QTreeWidget *list = m_window->problemsPanel()->list();
    QTRY_VERIFY(list->isVisible());
    QTreeWidgetItem *row = problemRow(QStringLiteral("events[0]"));
    QVERIFY(row);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(row).center());
    QCOMPARE(m_window->eventEditor()->currentEvent(), 0);

    setPipeline(QStringLiteral("wait -> flaky"));
    QVERIFY(m_window->document()->warnings().isEmpty());
    QCOMPARE(problemCount()->text(), QStringLiteral("No problems"));
}

// `wait * 3` runs wait's tasks up to 3 times: the preview said "1 attempt(s)".
void TestNewcomer::backoffPreviewFollowsThePipelinesAttempts()
{
    openSample();
    auto *preview = m_window->eventEditor()->findChild<BackoffPreview *>();
    RetrySection *retry = m_window->eventEditor()->retrySection();
    m_window->explorer()->selectEvent(0);
    QVERIFY(!m_window->document()->event(0).retry_policy);
    QVERIFY(preview->summary().startsWith(QStringLiteral("1 attempt(s)")));

    setPipeline(QStringLiteral("wait * 3 -> flaky"));
    QVERIFY2(preview->summary().startsWith(QStringLiteral("3 attempt(s)")),
             qPrintable(preview->summary()));
    QVERIFY2(retry->sourceText().contains(QStringLiteral("“wait * 3”")),
             qPrintable(retry->sourceText()));
    QVERIFY(retry->sourceText().contains(QStringLiteral("default policy")));

    m_window->explorer()->selectEvent(1); // flaky: its own policy, no `* N`
    QVERIFY(retry->sourceText().contains(QStringLiteral("this event's retry policy")));
    QVERIFY(preview->summary().startsWith(
        QStringLiteral("%1 attempt(s)")
            .arg(m_window->document()->event(1).retry_policy->max_attempts)));
}

QTEST_MAIN(TestNewcomer)
#include "tst_newcomer.moc"
