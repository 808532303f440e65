// SPDX-License-Identifier: GPL-3.0-or-later
// The studio's first-start layout at the sizes users have: on a 1280x800 screen the event editor
// shows the retry policy with its backoff chart and the executor section without scrolling
// (three columns of sections, panels below with small minimums); on 1920x1080 it shows every
// section.

#include "core/kinds/BuiltinKinds.h"
#include "ui/document/ProjectDocument.h"
#include "ui/editors/EventEditor.h"
#include "ui/explorer/ProjectExplorer.h"
#include "ui/files/DocumentFiles.h"
#include "ui/mainwindow/StudioWindow.h"

#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace volnux;

namespace {

// The parts of `editor` named here that are not wholly inside its viewport.
QStringList hiddenParts(const EventEditor *editor, const QStringList &names)
{
    QStringList hidden;
    const QWidget *viewport = editor->viewport();
    for (const QString &name : names) {
        const QWidget *part = editor->findChild<QWidget *>(name);
        if (!part || !part->isVisible()) {
            hidden << name + QStringLiteral(" (missing)");
            continue;
        }
        const QRect rect(part->mapTo(viewport, QPoint()), part->size());
        if (!viewport->rect().contains(rect))
            hidden << QStringLiteral("%1 at %2,%3 %4x%5 in %6x%7")
                          .arg(name)
                          .arg(rect.x())
                          .arg(rect.y())
                          .arg(rect.width())
                          .arg(rect.height())
                          .arg(viewport->width())
                          .arg(viewport->height());
    }
    return hidden;
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { QSettings().clear(); } // each test is a first start
    void firstStartAt1280x800ShowsTheRetryChartAndTheExecutor();
    void firstStartAt1920x1080ShowsEverySection();

private:
    // A first-start window of `size` with the retry showcase's capped_backoff selected.
    std::unique_ptr<StudioWindow> openShowcase(const QSize &size);
    QTemporaryDir m_dir;
};

void TestLayout::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VolnuxTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_layout"));
    registerBuiltinKinds();
}

std::unique_ptr<StudioWindow> TestLayout::openShowcase(const QSize &size)
{
    auto window = std::make_unique<StudioWindow>(nullptr, m_dir.filePath(QStringLiteral("r")));
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) ||
        !window->files()->open(QFINDTESTDATA("../../resources/examples/retry-showcase.vxproj")))
        return nullptr;
    window->explorer()->selectEvent(1); // capped_backoff: a retry policy with a capped wait
    QTest::qWait(50);                   // fields shown and laid out
    return window;
}

void TestLayout::firstStartAt1280x800ShowsTheRetryChartAndTheExecutor()
{
    const auto window = openShowcase(QSize(1280, 800));
    QVERIFY(window);
    QCOMPARE(window->document()->event(1).name, QStringLiteral("capped_backoff"));
    const EventEditor *editor = window->eventEditor();
    QCOMPARE(editor->verticalScrollBar()->value(), 0);
    const QStringList hidden =
        hiddenParts(editor, {"retryPolicy", "backoffPreview", "executor", "maxWorkers",
                             "threadNamePrefix", "timeoutMs", "name", "kind"});
    QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(QLatin1String("; "))));
    QVERIFY(editor->findChild<QWidget *>(QStringLiteral("backoffPreview"))->height() >= 134);
    QVERIFY(editor->horizontalScrollBar()->maximum() == 0); // no sideways scrolling either

    // Every event of the example keeps the three columns: selecting one never reflows the editor.
    for (int e = 0; e < window->document()->eventCount(); ++e) {
        window->explorer()->selectEvent(e);
        QVERIFY2(hiddenParts(editor, {"executor", "backoffPreview"}).isEmpty(),
                 qPrintable(window->document()->event(e).name));
    }
}

void TestLayout::firstStartAt1920x1080ShowsEverySection()
{
    const auto window = openShowcase(QSize(1920, 1080));
    QVERIFY(window);
    const QStringList hidden =
        hiddenParts(window->eventEditor(),
                    {"retryPolicy", "backoffPreview", "executor", "timeoutMs", "name", "kind",
                     "params", "tasks", "inputs", "evaluation", "stopOnException"});
    QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(QLatin1String("; "))));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
