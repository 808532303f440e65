// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/trends/TrendsView.h"

#include "core/store/RunStore.h"
#include "ui/export/ExportMenu.h"
#include "ui/trends/FlakyTasksModel.h"
#include "ui/trends/TrendPlots.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace volnux {

namespace {

constexpr int kDefaultRuns = 30;
constexpr int kMaxRuns = 1000;

using Points = Result<std::vector<RunTrendPoint>>;

void readTrends(QPromise<Points> &promise, const QString &storePath, const QString &projectPath,
                int lastRuns)
{
    const auto store = RunStore::open(storePath);
    if (!store) {
        promise.addResult(Points::failure(store.errors()));
        return;
    }
    RunTrends::Options options;
    options.projectPath = projectPath;
    options.lastRuns = lastRuns;
    options.cancelled = [&promise] { return promise.isCanceled(); };
    options.progress = [&promise](int done, int total) {
        promise.setProgressRange(0, total);
        promise.setProgressValue(done);
    };
    promise.addResult(RunTrends::load(**store, options));
}

QSpinBox *spinBox(const QString &name, int low, int high, int value)
{
    auto *box = new QSpinBox;
    box->setObjectName(name);
    box->setRange(low, high);
    box->setValue(value);
    return box;
}

} // namespace

TrendsView::TrendsView(QWidget *parent)
    : QWidget(parent), m_plots(new TrendPlots), m_flaky(new FlakyTasksModel(this))
{
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_plots);
    splitter->addWidget(makeFlakyPane());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeControls());
    layout->addWidget(splitter, 1);
    connect(&m_watcher, &QFutureWatcher<Points>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<Points>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Points>::finished, this, &TrendsView::finishLoad);
}

TrendsView::~TrendsView()
{
    m_watcher.disconnect(this); // the worker has its own connection and ends on its own
    m_watcher.cancel();
}

QWidget *TrendsView::makeControls()
{
    m_lastRuns = spinBox(QStringLiteral("lastRuns"), 1, kMaxRuns, kDefaultRuns);
    m_k = spinBox(QStringLiteral("flakyK"), 1, kMaxRuns, 2);
    m_n = spinBox(QStringLiteral("flakyN"), 1, kMaxRuns, 10);
    m_status = new QLabel;
    m_status->setTextFormat(Qt::PlainText); // it shows names and paths from outside
    m_status->setObjectName(QStringLiteral("trendsStatus"));
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->hide();
    auto *reload = new QPushButton(tr("Reload"));
    connect(reload, &QPushButton::clicked, this, &TrendsView::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &TrendsView::cancel);
    connect(m_lastRuns, &QSpinBox::editingFinished, this, &TrendsView::refresh);
    for (QSpinBox *box : {m_k, m_n})
        connect(box, &QSpinBox::valueChanged, this, &TrendsView::updateFlaky);
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const auto labelled = [row](const QString &text, QSpinBox *box) {
        auto *label = new QLabel(text);
        label->setBuddy(box);
        row->addWidget(label);
        row->addWidget(box);
    };
    labelled(tr("Last &runs:"), m_lastRuns);
    row->addSpacing(16);
    labelled(tr("Flaky: retried or failed in at &least"), m_k);
    labelled(tr("of the last &n runs"), m_n);
    row->addWidget(reload);
    row->addSpacing(16);
    row->addWidget(m_status, 1);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    return bar;
}

QWidget *TrendsView::makeFlakyPane()
{
    m_flakyView = new QTableView;
    m_flakyView->setObjectName(QStringLiteral("flakyTasks"));
    m_flakyView->setModel(m_flaky);
    m_flakyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_flakyView->verticalHeader()->hide();
    m_flakyView->horizontalHeader()->setStretchLastSection(true);
    m_flakyView->setAlternatingRowColors(true);
    ExportMenu::attach(m_flakyView);
    // A click lists the task's runs; activation (double-click, Enter) also opens the newest.
    connect(m_flakyView, &QTableView::clicked, this, &TrendsView::showRunsOf);
    connect(m_flakyView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 run = showRunsOf(index); run > 0)
            emit openRunRequested(run);
    });
    m_runs = new QListWidget;
    m_runs->setObjectName(QStringLiteral("flakyRuns"));
    connect(m_runs, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openRunRequested(item->data(Qt::UserRole).toLongLong());
    });
    auto *runsPane = new QWidget;
    auto *runsLayout = new QVBoxLayout(runsPane);
    runsLayout->setContentsMargins(0, 0, 0, 0);
    runsLayout->addWidget(new QLabel(tr("Runs where it was retried or failed:")));
    runsLayout->addWidget(m_runs, 1);
    auto *tablePane = new QWidget;
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(new QLabel(tr("Flaky tasks (activate one to see its runs):")));
    tableLayout->addWidget(m_flakyView, 1);
    auto *pane = new QSplitter(Qt::Horizontal);
    pane->addWidget(tablePane);
    pane->addWidget(runsPane);
    pane->setStretchFactor(0, 4);
    pane->setStretchFactor(1, 1);
    return pane;
}

void TrendsView::load(const QString &storePath, const QString &projectPath)
{
    m_storePath = storePath;
    m_projectPath = projectPath;
    refresh();
}

void TrendsView::refresh()
{
    if (m_storePath.isEmpty())
        return;
    m_watcher.cancel();
    m_status->setText(tr("Reading the last %n run(s)…", "", m_lastRuns->value()));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_watcher.setFuture(
        QtConcurrent::run(readTrends, m_storePath, m_projectPath, m_lastRuns->value()));
}

void TrendsView::cancel()
{
    m_watcher.cancel();
}

void TrendsView::finishLoad()
{
    m_progress->hide();
    m_cancel->hide();
    const QFuture<Points> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_status->setText(tr("Cancelled; showing what was read before."));
        return;
    }
    const Points result = future.result();
    if (!result) {
        m_status->setText(tr("Cannot read the runs: %1").arg(result.errorString()));
        return;
    }
    setPoints(*result);
    emit loaded();
}

void TrendsView::setPoints(std::vector<RunTrendPoint> points)
{
    m_points = std::move(points);
    m_status->setText(m_points.empty() ? tr("No finished runs of this project are recorded yet.")
                                       : tr("%n run(s), %1 to %2", "", int(m_points.size()))
                                             .arg(m_points.front().run)
                                             .arg(m_points.back().run));
    m_plots->setPoints(m_points);
    updateFlaky();
}

void TrendsView::updateFlaky()
{
    m_flaky->setTasks(FlakyTasks::find(m_points, m_k->value(), m_n->value()));
    m_flakyView->resizeColumnsToContents();
    m_runs->clear();
}

qint64 TrendsView::showRunsOf(const QModelIndex &index)
{
    const FlakyTask *task = m_flaky->task(index.row());
    m_runs->clear();
    if (!task)
        return 0;
    for (const qint64 run : task->troubledRunIds) {
        const bool failed = task->failedRunIds.contains(run);
        auto *item = new QListWidgetItem(failed ? tr("run %1: failed").arg(run)
                                                : tr("run %1: retried").arg(run));
        item->setData(Qt::UserRole, run);
        m_runs->addItem(item);
    }
    // The newest run where it failed for good, else the newest where it needed a retry.
    const qint64 newest =
        task->failedRunIds.isEmpty() ? task->troubledRunIds.value(0) : task->failedRunIds.first();
    for (int i = 0; i < m_runs->count(); ++i) {
        if (m_runs->item(i)->data(Qt::UserRole).toLongLong() == newest)
            m_runs->setCurrentRow(i);
    }
    return newest;
}

} // namespace volnux
