// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader and a keyboard user get: every interactive widget of the studio window and
// of the Preferences dialog has an accessible name (its own, its label's or its text) and a
// description (its own, or the tooltip that hovering over it shows), the Preferences fields are
// reached by Tab in the order they are laid out, and the run timeline and the pipeline graph work
// from the keyboard (arrows select, Enter opens, + and - zoom).

#include "core/kinds/BuiltinKinds.h"
#include "core/observe/RunState.h"
#include "tests/support/RecordBuilders.h"
#include "ui/files/DocumentFiles.h"
#include "ui/i18n/LanguageSwitcher.h"
#include "ui/mainwindow/StudioWindow.h"
#include "ui/monitor/StatusStyle.h"
#include "ui/pipeline/PipelineGraphView.h"
#include "ui/plots/RunTimeline.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/settings/StudioSettings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace volnux;

namespace {

bool isInteractive(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QComboBox *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QTextEdit *>(widget) ||
           (qobject_cast<const QAbstractItemView *>(widget) &&
            !qobject_cast<const QHeaderView *>(widget)) ||
           (qobject_cast<const QAbstractSlider *>(widget) &&
            !qobject_cast<const QScrollBar *>(widget)) ||
           qobject_cast<const QGraphicsView *>(widget) || widget->inherits("QCustomPlot");
}

// Parts Qt builds inside its own widgets and names itself: a spin box's or a combo box's edit,
// a dock's float and close buttons, a tab bar's scroll arrows, the toolbar's overflow button, a
// table's corner button, a line edit's clear button.
bool isQtInternal(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return widget->objectName().startsWith(QLatin1String("qt_")) ||
           qobject_cast<const QAbstractSpinBox *>(parent) ||
           qobject_cast<const QComboBox *>(parent) || qobject_cast<const QTabBar *>(parent) ||
           (parent && parent->inherits("QComboBoxPrivateContainer")) ||
           widget->inherits("QDockWidgetTitleButton") || widget->inherits("QToolBarExtension") ||
           widget->inherits("QTableCornerButton") || widget->inherits("QLineEditIconButton");
}

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QObject *o = widget; o; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                               : o->objectName());
    return path.join(QLatin1Char('/'));
}

// The interactive widgets under `root` whose accessible `text` (a name or a description) is empty.
QStringList interactiveWidgetsWithout(QWidget *root, QAccessible::Text text)
{
    QStringList missing;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!isInteractive(widget) || isQtInternal(widget))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(text).trimmed().isEmpty()) {
            missing << describe(widget);
            qWarning("no accessible %s: %s", text == QAccessible::Name ? "name" : "description",
                     qPrintable(missing.last()));
        }
    }
    return missing;
}

QStringList unnamedInteractiveWidgets(QWidget *root)
{
    return interactiveWidgetsWithout(root, QAccessible::Name);
}

QStringList undescribedInteractiveWidgets(QWidget *root)
{
    return interactiveWidgetsWithout(root, QAccessible::Description);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyInteractiveWidgetOfTheWindowHasANameAndADescription();
    void everyPreferencesFieldIsNamedDescribedAndTabFollowsTheLayout();
    void pipelineGraphWorksFromTheKeyboard();
    void timelineWorksFromTheKeyboard();
    void timelineOutcomesAreNotColourAlone();
    void tabFollowsTheLayoutOfTheWindow();

private:
    QTemporaryDir m_dir;
};

void TestAccessibility::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VolnuxTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    QSettings().clear();
    registerBuiltinKinds();
    LanguageSwitcher::instance();
}

void TestAccessibility::everyInteractiveWidgetOfTheWindowHasANameAndADescription()
{
    StudioWindow window(nullptr, m_dir.filePath(QStringLiteral("recovery")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // With an event selected every editor section is built and shown.
    QVERIFY(window.findChildren<QAbstractSpinBox *>().size() > 3);
    const QStringList unnamed = unnamedInteractiveWidgets(&window);
    QVERIFY2(unnamed.isEmpty(), "interactive widgets without an accessible name, listed above");
    const QStringList undescribed = undescribedInteractiveWidgets(&window);
    QVERIFY2(undescribed.isEmpty(),
             "interactive widgets without an accessible description, listed above");
}

void TestAccessibility::everyPreferencesFieldIsNamedDescribedAndTabFollowsTheLayout()
{
    StudioSettings settings;
    PreferencesDialog dialog(&settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList unnamed = unnamedInteractiveWidgets(&dialog);
    QVERIFY2(unnamed.isEmpty(), "interactive widgets without an accessible name, listed above");
    QVERIFY2(undescribedInteractiveWidgets(&dialog).isEmpty(),
             "interactive widgets without an accessible description, listed above");

    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    language->setFocus();
    QCOMPARE(QApplication::focusWidget(), language);
    QStringList order;
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(order.mid(0, 4), (QStringList{"theme", "fontSize", "redisUrl", "redisQueue"}));
    QVERIFY(qobject_cast<QDialogButtonBox *>(QApplication::focusWidget()->parentWidget()));
}

void TestAccessibility::pipelineGraphWorksFromTheKeyboard()
{
    PipelineGraphView view;
    view.setGraph(PipelineGraphView::sequenceOf(3), {"fetch", "build", "notify"});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.focusPolicy(), Qt::StrongFocus);
    QSignalSpy activated(&view, &PipelineGraphView::eventActivated);
    const auto selected = [&view] {
        const auto items = view.scene()->selectedItems();
        return items.isEmpty() ? -1 : items.first()->data(0).toInt();
    };
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(selected(), 0);
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(selected(), 2);
    QTest::keyClick(&view, Qt::Key_Right); // stays on the last
    QCOMPARE(selected(), 2);
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(selected(), 1);
    QVERIFY(activated.isEmpty()); // moving does not switch the editor
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toInt(), 1);

    const double before = view.transform().m11();
    QTest::keyClick(&view, Qt::Key_Plus);
    QVERIFY(view.transform().m11() > before);
    QTest::keyClick(&view, Qt::Key_Minus);
    QTest::keyClick(&view, Qt::Key_Minus);
    QVERIFY(view.transform().m11() < before);
}

void TestAccessibility::timelineWorksFromTheKeyboard()
{
    // Three queued tasks of one event: three lanes to move between.
    RunRecord event = test::rec(RecordType::EventStarted, 0);
    event.total = 3;
    RunRecords records{test::rec(RecordType::RunStarted, 0), event};
    for (int task = 0; task < 3; ++task)
        records.push_back(test::rec(RecordType::TaskQueued, 0, task));
    RunState state;
    state.apply(records);
    QCOMPARE(state.tasks().size(), size_t(3));
    RunTimeline timeline;
    timeline.setState(&state);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    QCOMPARE(timeline.focusPolicy(), Qt::StrongFocus);
    QSignalSpy opened(&timeline, &RunTimeline::taskClicked);
    QTest::keyClick(&timeline, Qt::Key_Return); // nothing selected yet: nothing to open
    QVERIFY(opened.isEmpty());
    QTest::keyClick(&timeline, Qt::Key_Down);
    QTest::keyClick(&timeline, Qt::Key_Down);
    QTest::keyClick(&timeline, Qt::Key_Right);
    QTest::keyClick(&timeline, Qt::Key_Down); // stays on the last
    QTest::keyClick(&timeline, Qt::Key_Up);
    QTest::keyClick(&timeline, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toInt(), 1);

    const double span = timeline.xAxis->range().size();
    QTest::keyClick(&timeline, Qt::Key_Plus);
    QVERIFY(timeline.xAxis->range().size() < span);
    QVERIFY(!timeline.isFollowing());
    QTest::keyClick(&timeline, Qt::Key_Minus);
    QTest::keyClick(&timeline, Qt::Key_Minus);
    QVERIFY(timeline.xAxis->range().size() > span);
    QTest::keyClick(&timeline, Qt::Key_0);
    QVERIFY(timeline.isFollowing());
}

// A failed attempt's bar is cross-hatched, a successful one plain: the outcome shows without
// telling colours apart.
void TestAccessibility::timelineOutcomesAreNotColourAlone()
{
    RunRecord event = test::rec(RecordType::EventStarted, 0);
    event.total = 2;
    RunRecords records{test::rec(RecordType::RunStarted, 0), event};
    for (int task = 0; task < 2; ++task) {
        records.push_back(test::rec(RecordType::TaskQueued, 0, task));
        records.push_back(test::rec(RecordType::AttemptStarted, 0, task, 1));
        RunRecord end = test::rec(RecordType::AttemptFinished, 1000, task, 1);
        end.start = 0;
        end.end = 1000;
        end.outcome = task == 0 ? AttemptOutcome::Success : AttemptOutcome::Error;
        records.push_back(end);
    }
    RunState state;
    state.apply(records);
    RunTimeline timeline;
    timeline.resize(640, 240);
    timeline.setState(&state);
    timeline.fitAll();
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    timeline.replot();
    const QImage image = timeline.grab().toImage();
    const auto has = [&image](const QColor &colour) {
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixelColor(x, y).rgb() == colour.rgb())
                    return true;
        return false;
    };
    QVERIFY(has(StatusStyle::color(AttemptOutcome::Error)));
    QVERIFY2(has(StatusStyle::color(AttemptOutcome::Error).darker(170)), "no hatch on the error");
    QVERIFY(has(StatusStyle::color(AttemptOutcome::Success)));
    QVERIFY2(!has(StatusStyle::color(AttemptOutcome::Success).darker(170)),
             "the success bar is patterned");
}

// Tab from the project's name walks the window in the order it is laid out: the explorer, the
// event editor's left column (including the parameters of the selected event's kind, built after
// the rest) and then its right column, the pipeline text (which must not keep Tab for itself), and
// the panels' filters before their tables.
void TestAccessibility::tabFollowsTheLayoutOfTheWindow()
{
    StudioWindow window(nullptr, m_dir.filePath(QStringLiteral("recovery-tab")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.files()->open(QFINDTESTDATA("../../resources/examples/retry-showcase.vxproj")));
    // A new kind's parameter fields are shown by the layout at the next turn of the event loop.
    QTRY_VERIFY(window.findChild<QWidget *>(QStringLiteral("param_duration_ms")) &&
                window.findChild<QWidget *>(QStringLiteral("param_duration_ms"))->isVisible());
    QWidget *start = window.findChild<QWidget *>(QStringLiteral("projectName"));
    window.activateWindow();
    start->setFocus();
    QCOMPARE(QApplication::focusWidget(), start);
    // Each stop by its own name, or its wrapper's for the parts of a field ("maxWorkers/QSpinBox").
    QStringList stops;
    for (int i = 0; i < 80; ++i) {
        const QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        stops << (focus->objectName().isEmpty()
                      ? focus->parentWidget()->objectName() + QLatin1Char('/') +
                            QString::fromLatin1(focus->metaObject()->className())
                      : focus->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    const QStringList landmarks{"projectName",
                                "add",
                                "eventList",
                                "name",
                                "kind",
                                "param_duration_ms/QDoubleSpinBox",
                                "tasks",
                                "retryPolicy",
                                "maxAttempts",
                                "jitter",
                                "executor",
                                "maxWorkers/QSpinBox",
                                "maxWorkers/QCheckBox",
                                "evaluation",
                                "stopOnException",
                                "pipelineText",
                                "pipelineGraph",
                                "historyAllProjects",
                                "historyTable"};
    qsizetype previous = -1;
    for (const QString &landmark : landmarks) {
        const qsizetype at = stops.indexOf(landmark);
        QVERIFY2(at > previous, qPrintable(landmark + QLatin1String(" out of order in: ") +
                                           stops.join(QLatin1String(", "))));
        previous = at;
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
