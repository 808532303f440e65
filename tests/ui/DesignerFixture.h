// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the designer's test executables: a window on a sample project, fake prompts, and the
// helpers that drive the editor's widgets with key and mouse events.

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
#include "ui/files/RecoverySlot.h"
#include "ui/files/RecoveryStore.h"
#include "ui/files/UserPrompts.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/EventListModel.h"
#include "ui/plots/BackoffPreview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
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

inline Project sampleProject()
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

class DesignerFixture : public QObject
{
protected:
    void setUpPrompts() { m_prompts = new FakePrompts; }
    void tearDownWindow()
    {
        delete m_window;
        m_window = nullptr;
        delete m_prompts;
        QDir(m_dir.filePath(QStringLiteral("recovery"))).removeRecursively();
    }
    MainWindow *openSample();
    QString recoveryRoot() const { return m_dir.filePath(QStringLiteral("recovery")); }
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

inline MainWindow *DesignerFixture::openSample()
{
    const QString path = m_dir.filePath(QStringLiteral("sample.vxproj"));
    if (!ProjectFile::save(sampleProject(), path))
        qFatal("cannot write the sample project");
    m_window = new MainWindow(m_prompts, recoveryRoot());
    m_window->show();
    if (!m_window->files()->open(path))
        qFatal("cannot open the sample project");
    return m_window;
}

inline void DesignerFixture::typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(widget, text);
}

inline void DesignerFixture::typeLines(QPlainTextEdit *text, const QString &lines)
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

inline void DesignerFixture::pickByKeys(QComboBox *combo, int target)
{
    QVERIFY(target >= 0);
    combo->setFocus();
    for (int guard = 0; combo->currentIndex() != target && guard < 200; ++guard)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(combo->currentIndex(), target);
}

inline void DesignerFixture::switchKind(const QString &kind)
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
inline void DesignerFixture::editParam(const QString &name, const QString &typed)
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
inline void DesignerFixture::editRetryOn(const QString &typed)
{
    auto *picker = field<QComboBox>("exceptionPicker");
    pickByKeys(picker, picker->findData(typed.section('|', 0, 0)));
    QTest::mouseClick(field<QPushButton>("addException"), Qt::LeftButton);
    typeInto(picker->lineEdit(), typed.section('|', 1));
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
}

inline QWidget *DesignerFixture::shownWidget(const QString &fieldName)
{
    if (fieldName == "pipeline")
        return m_window->findChild<QPlainTextEdit *>(QStringLiteral("pipelineText"));
    const QString name = fieldName.contains('.') ? "param_" + fieldName.section('.', 1) : fieldName;
    return m_window->eventEditor()->findChild<QWidget *>(name);
}

// What the user sees in a field's widget, as text, so the saved-and-reopened widget can be
// compared with the one edited.
inline QString DesignerFixture::shownState(const QString &fieldName)
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
