// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/RunCompareView.h"

#include "core/store/RunStore.h"
#include "ui/compare/ChangedTasksModel.h"
#include "ui/compare/CompareEventsModel.h"
#include "ui/compare/CompareTimelines.h"
#include "ui/export/ExportMenu.h"
#include "ui/models/AttemptsModel.h"
#include "ui/monitor/StatusStyle.h"
#include "ui/plots/RunTimeline.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace volnux {

namespace {

QTableView *makeTable(const QString &name)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    ExportMenu::attach(view);
    return view;
}

int eventIndex(const RunState &state, const QString &name)
{
    for (const EventState &e : state.events()) {
        if (e.name == name)
            return e.index;
    }
    return -1;
}

} // namespace

RunCompareView::RunCompareView(QWidget *parent)
    : QWidget(parent), m_header(new QLabel), m_events(makeTable(QStringLiteral("compareEvents"))),
      m_tasks(makeTable(QStringLiteral("changedTasks"))),
      m_attemptsA(makeTable(QStringLiteral("attemptsA"))),
      m_attemptsB(makeTable(QStringLiteral("attemptsB"))), m_attemptsTitleA(new QLabel),
      m_attemptsTitleB(new QLabel), m_timelines(new CompareTimelines),
      m_eventsModel(new CompareEventsModel(this)), m_tasksModel(new ChangedTasksModel(this))
{
    m_header->setObjectName(QStringLiteral("compareHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_events->setModel(m_eventsModel);
    m_tasks->setModel(m_tasksModel);
    m_tasks->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_tasks->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showTask(current.row()); });
    for (RunTimeline *timeline : {m_timelines->timelineA(), m_timelines->timelineB()})
        ExportMenu::attach(timeline);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("compareSplitter"));
    splitter->addWidget(m_events);
    splitter->addWidget(makeTasksPane());
    splitter->addWidget(m_timelines);
    // The timelines need height per lane; the tables scroll.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 6);
    splitter->setSizes({200, 200, 600}); // proportions: the tables' size hints would win

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);

    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] {
        if (m_watcher.future().resultCount() > 0)
            showLoaded(m_watcher.future().result());
    });
}

RunCompareView::~RunCompareView()
{
    m_watcher.disconnect(this); // the worker reads with its own connection and ends on its own
}

QWidget *RunCompareView::makeTasksPane()
{
    const auto column = [](QLabel *title, QWidget *content) {
        auto *box = new QWidget;
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(title);
        layout->addWidget(content, 1);
        return box;
    };
    auto *tasksTitle = new QLabel(tr("Tasks that changed outcome or attempt count"));
    auto *pane = new QSplitter(Qt::Horizontal);
    pane->addWidget(column(tasksTitle, m_tasks));
    pane->addWidget(column(m_attemptsTitleA, m_attemptsA));
    pane->addWidget(column(m_attemptsTitleB, m_attemptsB));
    pane->setStretchFactor(0, 2);
    pane->setStretchFactor(1, 3);
    pane->setStretchFactor(2, 3);
    return pane;
}

RunCompareView::Loaded RunCompareView::read(const QString &storePath, qint64 a, qint64 b)
{
    Loaded loaded;
    const auto store = RunStore::open(storePath);
    if (!store) {
        loaded.error = store.errorString();
        return loaded;
    }
    const Result<StoredRun> runA = (*store)->run(a);
    const Result<StoredRun> runB = (*store)->run(b);
    if (!runA || !runB) {
        loaded.error = runA ? runB.errorString() : runA.errorString();
        return loaded;
    }
    Result<StoredRunComparison> comparison =
        StoredRunComparison::load(**store, a, b, RunState::Detail::Full);
    if (!comparison) {
        loaded.error = comparison.errorString();
        return loaded;
    }
    loaded.comparison = std::make_shared<StoredRunComparison>(std::move(comparison.value()));
    loaded.a = *runA;
    loaded.b = *runB;
    return loaded;
}

void RunCompareView::load(const QString &storePath, qint64 a, qint64 b)
{
    m_header->setText(tr("Reading runs %1 and %2…").arg(a).arg(b));
    m_watcher.setFuture(QtConcurrent::run(&RunCompareView::read, storePath, a, b));
}

QString RunCompareView::runText(const QString &letter, const StoredRun &run) const
{
    const QDateTime started = QDateTime::fromString(run.started, Qt::ISODateWithMs).toLocalTime();
    return tr("<b>%1</b> = run %2 of %3, %4, started %5, %6, %7 tasks, %8 failed, %9 attempts")
        .arg(letter)
        .arg(run.id)
        .arg(run.projectName.toHtmlEscaped(), StatusStyle::label(run.status),
             QLocale().toString(started, QLocale::ShortFormat),
             StatusStyle::duration(run.durationMs))
        .arg(run.tasks)
        .arg(run.counts.failed())
        .arg(run.attempts);
}

void RunCompareView::showLoaded(const Loaded &result)
{
    if (!result.comparison) {
        m_header->setText(tr("Cannot compare: %1").arg(result.error.toHtmlEscaped()));
        emit failed(result.error);
        return;
    }
    m_eventsModel->setComparison(nullptr);
    m_tasksModel->setComparison(nullptr);
    m_timelines->setComparison(nullptr);
    delete m_attemptsModelA;
    delete m_attemptsModelB;
    m_loaded = result;
    const RunComparison &c = m_loaded.comparison->comparison;
    QString header =
        runText(QStringLiteral("A"), m_loaded.a) + QStringLiteral("<br>") +
        runText(QStringLiteral("B"), m_loaded.b) + QStringLiteral("<br>") +
        (c.changedTasks.size() == 1
             ? tr("1 task changed its outcome or attempt count")
             : tr("%1 tasks changed their outcome or attempt count").arg(c.changedTasks.size()));
    if (c.onlyInA > 0 || c.onlyInB > 0)
        header +=
            tr("; tasks that ran in one run only: %1 in A, %2 in B").arg(c.onlyInA).arg(c.onlyInB);
    m_header->setText(header);
    m_eventsModel->setComparison(&c);
    m_tasksModel->setComparison(&c);
    m_attemptsModelA = new AttemptsModel(&m_loaded.comparison->a, this);
    m_attemptsModelB = new AttemptsModel(&m_loaded.comparison->b, this);
    m_attemptsA->setModel(m_attemptsModelA);
    m_attemptsB->setModel(m_attemptsModelB);
    m_timelines->setComparison(m_loaded.comparison.get());
    m_events->resizeColumnsToContents();
    m_tasks->resizeColumnsToContents();
    showTask(-1);
    if (!c.changedTasks.empty())
        m_tasks->setCurrentIndex(m_tasksModel->index(0, 0));
    emit loaded();
}

void RunCompareView::showTask(int row)
{
    const RunComparison::Task *task = m_tasksModel->task(row);
    const StoredRunComparison *c = m_loaded.comparison.get();
    for (auto [model, state, title, letter] :
         {std::tuple{m_attemptsModelA, c ? &c->a : nullptr, m_attemptsTitleA, QStringLiteral("A")},
          std::tuple{m_attemptsModelB, c ? &c->b : nullptr, m_attemptsTitleB,
                     QStringLiteral("B")}}) {
        if (!model || !state)
            continue;
        const int event = task ? eventIndex(*state, task->event) : -1;
        model->setTaskRow(event < 0 ? -1 : state->rowOf(event, task->task));
        title->setText(
            task ? tr("Attempts in %1 (run %2) of %3 task %4")
                       .arg(letter)
                       .arg(letter == QLatin1String("A") ? c->comparison.a : c->comparison.b)
                       .arg(task->event)
                       .arg(task->task)
                 : tr("Attempts in %1: select a task").arg(letter));
    }
    m_attemptsA->resizeColumnsToContents();
    m_attemptsB->resizeColumnsToContents();
}

} // namespace volnux
