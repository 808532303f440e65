// SPDX-License-Identifier: GPL-3.0-or-later
// Export from the studio, files parsed back: a run exported in the background through the core's
// RunExport (the exporter of `volnux-run history export`) as JSON Lines, Chrome trace and CSV;
// plots saved as PNG (at the shown and at a picked size), SVG and PDF; table rows copied as
// tab-separated text with Ctrl+C.

#include "core/kinds/BuiltinKinds.h"
#include "tests/support/StoreBuilder.h"
#include "ui/export/ExportMenu.h"
#include "ui/export/PlotExport.h"
#include "ui/export/RunExportJob.h"
#include "ui/plots/QcpInclude.h"

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace volnux;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QCustomPlot *samplePlot()
{
    auto *plot = new QCustomPlot;
    plot->resize(400, 300);
    QCPGraph *graph = plot->addGraph();
    graph->setData({0, 1, 2, 3}, {1, 3, 2, 4});
    plot->xAxis->setLabel(QStringLiteral("run"));
    plot->rescaleAxes();
    plot->replot();
    return plot;
}

} // namespace

class TestRunExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void runExportsParseBack_data();
    void runExportsParseBack();
    void cancelledExportLeavesNoFile();
    void exportNeverOverwritesTheStoreOrTheProject();
    void plotSavesAsPictures();
    void plotMenuSavesAtPickedSize();
    void tableRowsCopyAsTabSeparatedText();

private:
    QString exportRun(RunExport::Format format, const QString &name);

    QTemporaryDir m_dir;
    QString m_store;
    qint64 m_run = 0;
    int m_attempts = 0;
};

void TestRunExport::initTestCase()
{
    registerBuiltinKinds();
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("runs.sqlite"));
    const auto store = RunStore::open(m_store);
    QVERIFY(store);
    RunSpec spec;
    spec.events << test::simulateEvent(
        QStringLiteral("fetch"), 12,
        {{QStringLiteral("fail_tasks"), QVariantList{1, 5}}, {QStringLiteral("fail_attempts"), 1}},
        3);
    m_run = test::recordRun(**store, spec);
    QVERIFY(m_run > 0);
    m_attempts = (*store)->run(m_run)->attempts;
    QCOMPARE(m_attempts, 14);
}

QString TestRunExport::exportRun(RunExport::Format format, const QString &name)
{
    const QString path = m_dir.filePath(name);
    RunExportJob job;
    QSignalSpy finished(&job, &RunExportJob::finished);
    QSignalSpy progress(&job, &RunExportJob::progressChanged);
    if (!job.start(m_store, m_run, format, path))
        return {};
    if (!finished.wait(10000) || !finished.first().at(1).toString().isEmpty())
        return {};
    return path;
}

void TestRunExport::runExportsParseBack_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("jsonl") << QStringLiteral("run.jsonl");
    QTest::newRow("chrome") << QStringLiteral("run.json");
    QTest::newRow("csv") << QStringLiteral("run.csv");
}

void TestRunExport::runExportsParseBack()
{
    QFETCH(QString, name);
    const std::optional<RunExport::Format> format = RunExportJob::formatOfPath(name);
    QVERIFY(format);
    const QString path = exportRun(*format, name);
    QVERIFY(!path.isEmpty());
    const QByteArray bytes = readAll(path);
    // Byte for byte what the core's exporter (history export) writes.
    const auto store = RunStore::open(m_store);
    QBuffer direct;
    direct.open(QIODevice::WriteOnly);
    QVERIFY(RunExport::write(**store, m_run, *format, direct));
    QCOMPARE(bytes, direct.data());
    if (*format == RunExport::Format::Jsonl) {
        int attempts = 0;
        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        for (const QByteArray &line : lines) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), line.constData());
            attempts +=
                doc.object().value(QStringLiteral("type")).toString() == QLatin1String("attempt");
        }
        QCOMPARE(attempts, m_attempts);
    } else if (*format == RunExport::Format::Chrome) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray events = doc.isArray()
                                      ? doc.array()
                                      : doc.object().value(QStringLiteral("traceEvents")).toArray();
        QVERIFY(events.size() >= m_attempts);
        QVERIFY(events.first().toObject().contains(QStringLiteral("ph")));
    } else {
        const QList<QByteArray> rows = bytes.trimmed().split('\n');
        QCOMPARE(rows.first() + '\n', RunExport::csvHeader());
        QCOMPARE(rows.size(), 1 + m_attempts);
        // Fields outside quotes: an error message may hold commas (RFC 4180 quoting).
        const auto fields = [](const QByteArray &row) {
            int count = 1;
            bool quoted = false;
            for (char c : row) {
                if (c == '"')
                    quoted = !quoted;
                else if (c == ',' && !quoted)
                    ++count;
            }
            return count;
        };
        const int columns = fields(RunExport::csvHeader().trimmed());
        for (const QByteArray &row : rows.mid(1))
            QCOMPARE(fields(row), columns);
    }
}

void TestRunExport::cancelledExportLeavesNoFile()
{
    // Enough records for several batches, so the worker polls for cancellation on the way.
    const QString storePath = m_dir.filePath(QStringLiteral("big.sqlite"));
    const auto store = RunStore::open(storePath);
    QVERIFY(store);
    RunSpec spec;
    spec.events << test::simulateEvent(QStringLiteral("many"), 20000, {}, 1);
    const qint64 run = test::recordRun(**store, spec);
    QVERIFY(run > 0);
    const QString path = m_dir.filePath(QStringLiteral("cancelled.jsonl"));
    RunExportJob job;
    QSignalSpy finished(&job, &RunExportJob::finished);
    QVERIFY(job.start(storePath, run, RunExport::Format::Jsonl, path));
    QVERIFY(!job.start(storePath, run, RunExport::Format::Jsonl, path)); // one at a time
    job.cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("cancelled"));
    QVERIFY(!QFile::exists(path));
    // The same export, not cancelled, completes with its progress at 100%.
    QSignalSpy progress(&job, &RunExportJob::progressChanged);
    QVERIFY(job.start(storePath, run, RunExport::Format::Jsonl, path));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().at(1).toString(), QString());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().first().toInt(), 100);
    QVERIFY(QFile::exists(path));
}

// A link gives the store or the project a name the export dialog accepts (`.csv`); writing
// through a symbolic one would replace the file it names. The export is refused, and the file
// stays as it was.
void TestRunExport::exportNeverOverwritesTheStoreOrTheProject()
{
    const QString project = m_dir.filePath(QStringLiteral("linked.vxproj"));
    {
        QFile file(project);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"volnux-project\"}");
    }
    const auto store = RunStore::open(m_store);
    QVERIFY(store);
    RunSpec spec;
    spec.events << test::simulateEvent(QStringLiteral("one"), 1, {}, 1);
    const qint64 run = test::recordRun(**store, spec, project);
    struct Case
    {
        QString target;
        QString link;
        QString message;
    };
    const QList<Case> cases{
        {m_store, m_dir.filePath(QStringLiteral("store-link.csv")),
         QStringLiteral("is the run store; writing it would destroy the store")},
        {project, m_dir.filePath(QStringLiteral("project-link.csv")),
         QStringLiteral("is the project file the run ran; writing it would destroy the project")}};
    for (const Case &c : cases) {
        const QByteArray before = readAll(c.target);
        QVERIFY(QFile::link(c.target, c.link));
        RunExportJob job;
        QSignalSpy finished(&job, &RunExportJob::finished);
        QVERIFY(job.start(m_store, run, RunExport::Format::Csv, c.link));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(1).toString().endsWith(c.message),
                 qPrintable(finished.first().at(1).toString()));
        if (c.target == project)
            QCOMPARE(readAll(c.target), before);
    }
    // The store is a store still (its bytes may move with SQLite's checkpoints), with the run.
    const auto reopened = RunStore::open(m_store);
    QVERIFY2(reopened, qPrintable(reopened.errorString()));
    QVERIFY((*reopened)->run(run));
}

void TestRunExport::plotSavesAsPictures()
{
    std::unique_ptr<QCustomPlot> plot(samplePlot());
    const QString png = m_dir.filePath(QStringLiteral("plot.png"));
    QVERIFY(PlotExport::save(plot.get(), png));
    QCOMPARE(QImage(png).size(), QSize(400, 300)); // the size shown
    const QString bigPng = m_dir.filePath(QStringLiteral("big.png"));
    QVERIFY(PlotExport::save(plot.get(), bigPng, QSize(1280, 800)));
    QCOMPARE(QImage(bigPng).size(), QSize(1280, 800));

    const QString svg = m_dir.filePath(QStringLiteral("plot.svg"));
    QVERIFY(PlotExport::save(plot.get(), svg, QSize(640, 480)));
    QXmlStreamReader xml(readAll(svg));
    QString root;
    QString viewBox;
    int paths = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root.isEmpty()) {
            root = xml.name().toString();
            viewBox = xml.attributes().value(QStringLiteral("viewBox")).toString();
        }
        paths += xml.name() == QLatin1String("path") || xml.name() == QLatin1String("polyline");
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    QCOMPARE(viewBox, QStringLiteral("0 0 640 480"));
    QVERIFY(paths > 3);                      // axes, ticks, the graph
    QVERIFY(readAll(svg).contains(">run<")); // the axis label as text

    const QString pdf = m_dir.filePath(QStringLiteral("plot.pdf"));
    QVERIFY(PlotExport::save(plot.get(), pdf));
    QVERIFY(readAll(pdf).startsWith("%PDF-"));

    QVERIFY(!PlotExport::save(plot.get(), m_dir.filePath(QStringLiteral("plot.gif"))));
}

void TestRunExport::plotMenuSavesAtPickedSize()
{
    std::unique_ptr<QCustomPlot> plot(samplePlot());
    ExportMenu *menu = ExportMenu::attach(plot.get());
    const QString path = m_dir.filePath(QStringLiteral("picked"));
    ExportMenu::setPrompts([&path](QWidget *, const QString &) { return path; },
                           [](QWidget *, QSize) { return QSize(320, 200); });
    QSignalSpy saved(menu, &ExportMenu::saved);
    QCOMPARE(plot->contextMenuPolicy(), Qt::ActionsContextMenu);
    QCOMPARE(plot->actions().size(), 3);
    plot->actions().at(1)->trigger(); // Save Picture at Size…
    ExportMenu::setPrompts({}, {});
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toString(), path + QStringLiteral(".png"));
    QCOMPARE(QImage(path + QStringLiteral(".png")).size(), QSize(320, 200));
}

void TestRunExport::tableRowsCopyAsTabSeparatedText()
{
    QStandardItemModel model(3, 3);
    model.setHorizontalHeaderLabels(
        {QStringLiteral("task"), QStringLiteral("status"), QStringLiteral("error")});
    for (int row = 0; row < 3; ++row) {
        model.setItem(row, 0, new QStandardItem(QString::number(row)));
        model.setItem(
            row, 1,
            new QStandardItem(row == 1 ? QStringLiteral("failed") : QStringLiteral("succeeded")));
        model.setItem(
            row, 2,
            new QStandardItem(row == 1 ? QStringLiteral("OSError:\tdisk\nfull") : QString()));
    }
    QTableView view;
    view.setModel(&model);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    ExportMenu::attach(&view);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectRow(2);
    view.selectionModel()->select(model.index(1, 0),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view.setFocus();
    QGuiApplication::clipboard()->clear();
    QTest::keySequence(&view, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("1\tfailed\tOSError: disk full\n2\tsucceeded\t\n"));
    view.actions().at(1)->trigger(); // with the header
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(
        QStringLiteral("task\tstatus\terror\n1\tfailed")));
}

QTEST_MAIN(TestRunExport)
#include "tst_runexport.moc"
