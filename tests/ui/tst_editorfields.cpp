// SPDX-License-Identifier: GPL-3.0-or-later
// How the editors' fields take input that was not meant for them, or is out of range: the mouse
// wheel passing over a field, a value the field's own range would silently change.

#include "DesignerFixture.h"

#include "ui/editors/WheelGuard.h"

#include <QAbstractSpinBox>
#include <QLabel>
#include <QWheelEvent>

class TestEditorFields : public DesignerFixture
{
    Q_OBJECT
private slots:
    void init() { setUpPrompts(); }
    void cleanup() { tearDownWindow(); }
    void wheelOverAnUnfocusedFieldChangesNothing();
    void everyFieldOfTheEditorIsGuarded();
    void outOfRangeValuesGetAMessage_data();
    void outOfRangeValuesGetAMessage();

private:
    // Three notches of the wheel, up, over the middle of `widget`.
    static void wheel(QWidget *widget, int notches = 3);
};

void TestEditorFields::wheel(QWidget *widget, int notches)
{
    const QPointF at = QRectF(widget->rect()).center();
    for (int i = 0; i < notches; ++i) {
        QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(widget, &event);
    }
}

// Three notches over max_attempts used to take it from 4 to 1. Now an unfocused field keeps its
// value; once the user clicked or tabbed into it, the wheel works as before.
void TestEditorFields::wheelOverAnUnfocusedFieldChangesNothing()
{
    openSample();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->explorer()->selectEvent(1);
    auto *attempts = field<QSpinBox>("maxAttempts");
    auto *jitter = field<QComboBox>("jitter");
    QTRY_VERIFY(attempts->isVisible());
    typeInto(attempts, "4");
    QCOMPARE(attempts->value(), 4);
    m_window->explorer()->setFocus();
    QVERIFY(!attempts->hasFocus());
    QCOMPARE(attempts->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(jitter->focusPolicy(), Qt::StrongFocus);
    const int jitterIndex = jitter->currentIndex();

    wheel(attempts);
    wheel(jitter);
    QCOMPARE(attempts->value(), 4);
    QCOMPARE(jitter->currentIndex(), jitterIndex);
    QCOMPARE(m_window->document()->event(1).retry_policy->max_attempts, 4);

    attempts->setFocus();
    QVERIFY(attempts->hasFocus());
    wheel(attempts);
    QCOMPARE(attempts->value(), 1);
}

// Every spin box and combo box of the editor, the kind's parameter rows included (built when the
// kind changes), takes no wheel event without focus.
void TestEditorFields::everyFieldOfTheEditorIsGuarded()
{
    openSample();
    m_window->explorer()->selectEvent(1);
    switchKind("command");
    switchKind("simulate");
    m_window->explorer()->setFocus();
    QCoreApplication::processEvents();
    const QList<QWidget *> fields = m_window->eventEditor()->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *f : fields) {
        if (!WheelGuard::isGuarded(f) || !f->isVisible() || !f->isEnabled())
            continue;
        ++checked;
        QVERIFY2(f->focusPolicy() == Qt::StrongFocus, qPrintable(f->objectName()));
        const Project before = m_window->document()->project();
        wheel(f);
        QVERIFY2(m_window->document()->project() == before, qPrintable(f->objectName()));
    }
    QVERIFY2(checked >= 8, qPrintable(QString::number(checked)));
}

// A value out of a field's range is kept as typed and gets the loader's message under the field,
// as the same value in a file would. The spin boxes used to change some silently: with a minimum
// of 0, "-3" became 3 (while 0 and 99999 got a message), and digits past the maximum were dropped.
void TestEditorFields::outOfRangeValuesGetAMessage_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("max_workers -3")
        << "maxWorkers"
        << "-3"
        << "executor_config.max_workers: must be an integer >= 1 and <= 4096, got -3";
    QTest::newRow("max_workers 0") << "maxWorkers"
                                   << "0"
                                   << "max_workers: must be an integer "
                                      ">= 1 and <= 4096, got 0";
    QTest::newRow("max_workers 99999") << "maxWorkers"
                                       << "99999"
                                       << "got 99999";
    QTest::newRow("max_workers 200000") << "maxWorkers"
                                        << "200000"
                                        << "got 200000";
    QTest::newRow("max_tasks_per_child -3")
        << "maxTasksPerChild"
        << "-3"
        << "max_tasks_per_child: must be an integer >= 1, got -3";
    QTest::newRow("timeout_ms 0") << "timeoutMs"
                                  << "0"
                                  << "events[1].timeout_ms: must be an integer from 1 to "
                                     "2147483647 (milliseconds), or null for no limit, got 0";
    QTest::newRow("timeout_ms -3") << "timeoutMs"
                                   << "-3"
                                   << "timeout_ms: must be an integer from 1 to 2147483647 "
                                      "(milliseconds), or null for no limit, got -3";
    QTest::newRow("max_attempts -3")
        << "maxAttempts"
        << "-3"
        << "retry_policy.max_attempts: must be an integer >= 1 and <= 1000000, got -3";
    QTest::newRow("max_attempts 2000000") << "maxAttempts"
                                          << "2000000"
                                          << "got 2000000";
    QTest::newRow("backoff_factor -3")
        << "backoffFactor"
        << "-3"
        << "retry_policy.backoff_factor: must be a number of seconds >= 0 and <= 31536000 (a "
           "year), got -3";
    QTest::newRow("max_backoff 40000000") << "maxBackoff"
                                          << "40000000"
                                          << "retry_policy.max_backoff: must be a number of "
                                             "seconds >= 0 and <= 31536000 (a year), got 40000000";
    QTest::newRow("tasks -3") << "tasks"
                              << "-3"
                              << "tasks: must be an integer >= 0 and <= 1000000, got -3";
    QTest::newRow("AT_LEAST_COUNT -3")
        << "threshold"
        << "-3"
        << "AT_LEAST_COUNT needs a whole number from 0 to 1000000000";
    QTest::newRow("fail_rate -3") << "simulate.fail_rate"
                                  << "-3"
                                  << "params.fail_rate: must be a number >= 0 and <= 1, got -3";
    QTest::newRow("descriptor -3") << "simulate.descriptor"
                                   << "-3"
                                   << "params.descriptor: must be an integer >= 0 and <= 9, got -3";
    QTest::newRow("duration -3 s")
        << "simulate.duration_ms"
        << "-3 s"
        << "params.duration_ms: must be an integer >= 0 and <= 604800000, got -3000";
}

void TestEditorFields::outOfRangeValuesGetAMessage()
{
    QFETCH(QString, fieldName);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    openSample();
    m_window->explorer()->selectEvent(1);
    if (fieldName.contains('.')) {
        switchKind(fieldName.section('.', 0, 0));
        editParam(fieldName.section('.', 1), typed);
    } else if (fieldName == "maxWorkers" || fieldName == "maxTasksPerChild" ||
               fieldName == "timeoutMs") {
        auto *f = field<OptionalIntField>(fieldName.toLatin1().constData());
        if (f->emptyBox()->isChecked())
            QTest::mouseClick(f->emptyBox(), Qt::LeftButton, {}, QPoint(5, 5));
        typeInto(f->spinBox(), typed);
    } else if (fieldName == "tasks") {
        QTest::mouseClick(field<QRadioButton>("tasksCount"), Qt::LeftButton, {}, QPoint(5, 5));
        typeInto(field<QSpinBox>("tasks"), typed);
    } else if (fieldName == "threshold") {
        auto *combo = field<QComboBox>("evaluation");
        pickByKeys(combo, combo->findText("AT_LEAST_COUNT"));
        typeInto(field<QDoubleSpinBox>("threshold"), typed);
    } else {
        typeInto(field<QAbstractSpinBox>(fieldName.toLatin1().constData()), typed);
    }
    const QStringList problems = ProjectFile::validate(m_window->document()->project());
    QVERIFY2(problems.size() == 1 && problems.first().contains(message),
             qPrintable(problems.join('\n')));
    if (!fieldName.contains('.') && fieldName != "threshold")
        QVERIFY2(problems.first().contains(typed.section(' ', 0, 0)), "the value as typed");
    bool shown = false;
    for (QLabel *label : m_window->eventEditor()->findChildren<QLabel *>())
        shown |= label->isVisible() && label->text().contains(problems.first());
    QVERIFY2(shown, qPrintable(problems.first()));
}

QTEST_MAIN(TestEditorFields)
#include "tst_editorfields.moc"
