// How the editors' fields take input that was not meant for them, or is out of range: the mouse
// wheel passing over a field, a value the field's own range would silently change.

#include "DesignerFixture.h"

#include "ui/editors/WheelGuard.h"

#include <QAbstractSpinBox>
#include <QWheelEvent>

class TestEditorFields : public DesignerFixture
{
    Q_OBJECT
private slots:
    void init() { setUpPrompts(); }
    void cleanup() { tearDownWindow(); }
    void wheelOverAnUnfocusedFieldChangesNothing();
    void everyFieldOfTheEditorIsGuarded();

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

QTEST_MAIN(TestEditorFields)
#include "tst_editorfields.moc"
