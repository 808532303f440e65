// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/monitor/RunMonitor.h"

#include "ui/models/AttemptsModel.h"
#include "ui/models/EventSummaryModel.h"
#include "ui/models/TaskFilterProxyModel.h"
#include "ui/models/TaskTableModel.h"
#include "ui/monitor/AttemptText.h"
#include "ui/monitor/EventExplanation.h"
#include "ui/monitor/ProjectChangedNote.h"
#include "ui/monitor/RecordQueue.h"
#include "ui/monitor/RunControlBar.h"
#include "ui/monitor/StatusStyle.h"
#include "ui/plots/RunTimeline.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>

namespace volnux {

namespace {

constexpr int kTickMs = 33; // ~30 Hz: fluid to the eye, cheap for the models

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // Fixed row heights and no resize-to-contents: both would touch every one of 100,000 rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

// No column narrower than its header: "Attempt" cut to "Attemp" reads as a glitch.
void fitHeaderLabels(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    const QFontMetrics metrics = header->fontMetrics();
    const int padding = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin) + 4;
    for (int column = 0; column < header->count(); ++column) {
        const QString text =
            view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const int needed = metrics.horizontalAdvance(text) + padding;
        if (header->sectionSize(column) < needed)
            header->resizeSection(column, needed);
    }
}

} // namespace

RunMonitor::RunMonitor(QWidget *parent)
    : QWidget(parent), m_state(std::make_unique<RunState>()),
      m_pending(std::make_unique<RecordQueue>())
{
    m_taskModel = new TaskTableModel(m_state.get(), this);
    m_proxy = new TaskFilterProxyModel(this);
    m_proxy->setSourceModel(m_taskModel);
    m_attemptsModel = new AttemptsModel(m_state.get(), this);
    m_eventModel = new EventSummaryModel(m_state.get(), this);

    m_controls = new RunControlBar(this);
    buildTaskView();
    m_timeline = new RunTimeline(this);
    m_timeline->setState(m_state.get());
    // Small minimums: tabbed with the pipeline, the panel must not push the editor off a 1280x800
    // screen; the user (and a starting run) makes it larger.
    m_timeline->setMinimumHeight(40);

    auto *tableAndDetails = new QSplitter(Qt::Horizontal, this);
    tableAndDetails->setObjectName(QStringLiteral("runTableAndDetails")); // kept (SplitterStates)
    auto *tablePane = new QWidget(tableAndDetails);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(buildFilterBar());
    tableLayout->addWidget(m_taskView);
    tableAndDetails->addWidget(tablePane);
    tableAndDetails->addWidget(buildDetails());
    tableAndDetails->setSizes({720, 560});

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("runTablesAndTimeline"));
    vertical->addWidget(tableAndDetails);
    vertical->addWidget(m_timeline);
    vertical->setSizes({380, 400});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6); // it lives in a dock, which has its own frame
    layout->addWidget(m_controls);
    m_changedNote = new ProjectChangedNote(this);
    layout->addWidget(m_changedNote);
    layout->addWidget(vertical, 1);

    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &RunMonitor::tick);
    connect(m_timeline, &RunTimeline::taskClicked, this, &RunMonitor::selectRow);
    connect(m_proxy, &TaskFilterProxyModel::filterChanged, this,
            [this] { m_timeline->setFilter(m_proxy->filter()); });
    connectControls();
    updateActions();
}

RunMonitor::~RunMonitor() = default;

void RunMonitor::buildTaskView()
{
    m_taskView = makeTable(m_proxy, this);
    m_taskView->setMinimumHeight(40);
    m_taskView->setAccessibleName(tr("Tasks"));
    m_taskView->setAccessibleDescription(
        tr("One row per task: its status, attempts, the time to its next retry, its last error "
           "and worker. Select a task to see its attempts and log."));
    // No sort until the user asks: sorted insertion of a large live run costs far more.
    m_taskView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_taskView->setSortingEnabled(true);
    QHeaderView *header = m_taskView->horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const double widths[] = {9.5, 8, 11, 5, 6, 5.5, 12, 7.5};
    for (int column = 0; column < TaskTableModel::ColumnCount; ++column)
        header->resizeSection(column, int(widths[column] * em));
    // The longest status with its icon, measured: a cut "waiting to r…" hides the one status
    // that needs the user's attention.
    const int statusText =
        m_taskView->fontMetrics().horizontalAdvance(StatusStyle::label(TaskStatus::WaitingToRetry));
    header->resizeSection(TaskTableModel::StatusColumn, statusText + 2 * em + 12);
    fitHeaderLabels(m_taskView);
    // The error gets whatever room is left; the full text is in its tooltip.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TaskTableModel::ErrorColumn, QHeaderView::Stretch);
    connect(m_taskView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentTaskChanged(current); });
    // Several tasks at once for "Rerun selected tasks"; the current one is still the detail's.
    m_taskView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_taskView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_taskView, &QWidget::customContextMenuRequested, this, &RunMonitor::showTaskMenu);
}

QList<TaskKey> RunMonitor::selectedTasks() const
{
    QList<TaskKey> keys;
    const QModelIndexList rows = m_taskView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const int source = m_proxy->mapToSource(row).row();
        if (source < 0 || size_t(source) >= m_state->tasks().size())
            continue;
        const TaskState &task = m_state->tasks()[size_t(source)];
        keys.append({task.event, task.task});
    }
    return keys;
}

void RunMonitor::showTaskMenu(const QPoint &pos)
{
    const QList<TaskKey> tasks = selectedTasks();
    // Shown with popup, not exec: no nested event loop while records keep arriving.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *rerun = menu->addAction(tr("Rerun selected tasks (%n)", nullptr, int(tasks.size())));
    rerun->setObjectName(QStringLiteral("rerunSelectedTasks"));
    rerun->setEnabled(!tasks.isEmpty() && m_runEnabled &&
                      (m_readOnly || m_state->runStatus() != RunStatus::Running));
    connect(rerun, &QAction::triggered, this, [this, tasks] { emit rerunTasksRequested(tasks); });
    menu->popup(m_taskView->viewport()->mapToGlobal(pos));
}

QWidget *RunMonitor::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_statusFilter = new QComboBox(bar);
    m_statusFilter->addItem(tr("All statuses"));
    m_statusFilter->addItem(StatusStyle::icon(TaskStatus::Failed), tr("Problems"));
    for (int s = 0; s <= int(TaskStatus::Skipped); ++s)
        m_statusFilter->addItem(StatusStyle::icon(TaskStatus(s)), StatusStyle::label(TaskStatus(s)),
                                s);
    m_statusFilter->setToolTip(tr("Show only the tasks in this state"));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &RunMonitor::applyStatusFilter);
    m_eventFilter = new QComboBox(bar);
    m_eventFilter->addItem(tr("All events"), -1);
    m_eventFilter->setToolTip(tr("Show only the tasks of this event"));
    connect(m_eventFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setEventFilter(m_eventFilter->currentData().toInt()); });
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search task, input, error…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search tasks"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TaskFilterProxyModel::setSearchText);
    layout->addWidget(m_statusFilter);
    layout->addWidget(m_eventFilter);
    layout->addWidget(m_search, 1);
    return bar;
}

QWidget *RunMonitor::buildDetails()
{
    m_tabs = new QTabWidget(this);
    auto *attempts = new QSplitter(Qt::Vertical, m_tabs);
    attempts->setObjectName(QStringLiteral("runAttemptsAndLog"));
    m_attemptsView = makeTable(m_attemptsModel, attempts);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const double widths[] = {2, 5.5, 6.5, 5.5, 6.5, 10, 7.5, 6.5, 4.5};
    QHeaderView *header = m_attemptsView->horizontalHeader();
    for (int column = 0; column < AttemptsModel::ColumnCount; ++column)
        header->resizeSection(column, int(widths[column] * em));
    const int outcomeText = m_attemptsView->fontMetrics().horizontalAdvance(
        StatusStyle::label(AttemptOutcome::Cancelled));
    header->resizeSection(AttemptsModel::OutcomeColumn, outcomeText + 2 * em + 12);
    // "16.00 s planned, 4.61 s actual" after a Retry now: cut short, it says nothing.
    const QFontMetrics metrics = m_attemptsView->fontMetrics();
    header->resizeSection(AttemptsModel::BackoffColumn,
                          metrics.horizontalAdvance(AttemptText::typicalLongBackoff()) + em);
    header->resizeSection(AttemptsModel::StartLagColumn,
                          metrics.horizontalAdvance(AttemptText::typicalLongStartLag()) + em);
    fitHeaderLabels(m_attemptsView);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AttemptsModel::ErrorColumn, QHeaderView::Stretch);
    m_attemptsView->setMinimumHeight(32);
    m_attemptsView->setAccessibleName(tr("Attempts"));
    m_attemptsView->setAccessibleDescription(
        tr("Every attempt of the selected task: when it started against when it was due, how "
           "long it took and how it ended."));
    m_logView = new QPlainTextEdit(attempts);
    m_logView->setObjectName(QStringLiteral("attemptLog"));
    m_logView->setAccessibleName(tr("Attempt log"));
    m_logView->setAccessibleDescription(tr("What the selected attempt wrote, and how it ended."));
    m_logView->setReadOnly(true);
    m_logView->setPlaceholderText(tr("Select an attempt to see its log"));
    m_logView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    attempts->addWidget(m_attemptsView);
    attempts->addWidget(m_logView);
    // Room for the two lines an attempt without output shows ("failed: ...", "wrote no
    // output"), and never collapsed: a dragged divider left the log a 2-pixel sliver.
    m_logView->setMinimumHeight(2 * m_logView->fontMetrics().lineSpacing() +
                                2 * m_logView->frameWidth() +
                                2 * int(m_logView->document()->documentMargin()));
    attempts->setChildrenCollapsible(false);
    connect(m_attemptsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentAttemptChanged(current); });
    m_tabs->addTab(attempts, tr("Attempts"));

    auto *events = new QSplitter(Qt::Vertical, m_tabs);
    events->setObjectName(QStringLiteral("runEventsAndWhy"));
    m_eventView = makeTable(m_eventModel, events);
    m_eventView->setMinimumHeight(32);
    m_eventView->setAccessibleName(tr("Events"));
    m_eventView->setAccessibleDescription(
        tr("One row per event: its status and task counts. Select an event to read why it "
           "succeeded or failed."));
    m_explanation = new EventExplanation(m_state.get(), events);
    events->addWidget(m_eventView);
    events->addWidget(m_explanation);
    events->setChildrenCollapsible(false);
    connect(m_eventView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_explanation->setEvent(current.row()); });
    connect(m_explanation, &EventExplanation::taskActivated, this, &RunMonitor::selectRow);
    m_tabs->addTab(events, tr("Events"));

    // Timeline options live here so that the plot keeps all its height.
    auto *options = new QWidget(m_tabs);
    auto *row = new QHBoxLayout(options);
    row->setContentsMargins(0, 0, 0, 0);
    m_laneMode = new QComboBox(options);
    m_laneMode->addItem(tr("Lane per task"));
    m_laneMode->addItem(tr("Lane per worker"));
    m_laneMode->setToolTip(tr("Draw the timeline with one lane per task, or one per worker"));
    auto *fit = new QPushButton(tr("Fit all"), options);
    fit->setToolTip(tr("Show the whole run on the timeline"));
    row->addWidget(new QLabel(tr("Timeline:"), options));
    row->addWidget(m_laneMode);
    row->addWidget(fit);
    m_tabs->setCornerWidget(options, Qt::TopRightCorner);
    connect(m_laneMode, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_timeline->setLanes(index == 0 ? TimelineLanes::PerTask : TimelineLanes::PerWorker);
        m_timeline->setSelectedRow(m_selectedRow);
    });
    connect(fit, &QPushButton::clicked, this, [this] { m_timeline->fitAll(); });
    return m_tabs;
}

void RunMonitor::connectControls()
{
    connect(m_controls, &RunControlBar::runClicked, this, &RunMonitor::runRequested);
    connect(m_controls, &RunControlBar::cancelRunClicked, this, &RunMonitor::cancelRequested);
    connect(m_controls, &RunControlBar::cancelTaskClicked, this,
            [this] { requestForSelected(&RunMonitor::cancelTaskRequested); });
    connect(m_controls, &RunControlBar::retryNowClicked, this,
            [this] { requestForSelected(&RunMonitor::retryNowRequested); });
    connect(m_controls, &RunControlBar::rerunFailedClicked, this, [this] {
        const std::vector<TaskKey> failed = m_state->tasksWithStatus(TaskStatus::Failed);
        emit rerunFailedRequested(QList<TaskKey>(failed.begin(), failed.end()));
    });
}

void RunMonitor::requestForSelected(void (RunMonitor::*signal)(int, int))
{
    if (m_selectedRow < 0)
        return;
    const TaskState &task = m_state->tasks()[size_t(m_selectedRow)];
    emit(this->*signal)(task.event, task.task);
}

void RunMonitor::setSource(std::function<void(RunRecords &into)> drain)
{
    // One vector, given back and filled again: it keeps its storage from one drain to the next.
    setBatchSource([drain = std::move(drain)](std::vector<RunRecords> &batches) {
        RunRecords into = batches.empty() ? RunRecords() : std::move(batches.back());
        batches.clear();
        drain(into);
        batches.push_back(std::move(into));
    });
}

void RunMonitor::setBatchSource(std::function<void(std::vector<RunRecords> &batches)> drain)
{
    reset();
    m_drain = std::move(drain);
    m_live = true;
    m_sinceAnchor.start();
    m_ticker.start();
}

void RunMonitor::wake()
{
    if (!m_ticker.isActive())
        m_ticker.start();
}

void RunMonitor::appendRecords(RunRecords records)
{
    m_pending->push(std::move(records));
    if (!m_sinceAnchor.isValid())
        m_sinceAnchor.start();
    m_live = true;
    wake();
}

void RunMonitor::replay(const RunRecords &records)
{
    reset();
    applyBatch(records);
    refreshNow();
}

void RunMonitor::reset()
{
    m_ticker.stop();
    m_drain = nullptr;
    m_pending->clear();
    m_live = false;
    m_anchor = 0;
    m_sinceAnchor.invalidate();
    m_selectedRow = -1;
    m_state->clear();
    m_taskModel->reset();
    m_attemptsModel->setTaskRow(-1);
    m_attemptsModel->reset();
    m_eventModel->reset();
    m_explanation->setEvent(-1);
    m_logView->clear();
    updateEventFilter();
    m_timeline->setState(m_state.get());
    m_controls->setExpectedTasks(0);
    m_controls->showProgress(*m_state);
    updateActions();
    emit cleared();
}

// Takes what the source has into the queue; false when nothing came (or enough waits already:
// the rest stays in the source, where it costs nothing).
bool RunMonitor::drainSource()
{
    if (!m_drain || m_pending->size() >= 20000)
        return false;
    m_drained.clear();
    m_pending->takeSpares(m_drained);
    m_drain(m_drained);
    bool any = false;
    for (RunRecords &batch : m_drained) {
        any = any || !batch.empty();
        m_pending->push(std::move(batch)); // an empty one only gives its storage back
    }
    m_drained.clear();
    return any;
}

void RunMonitor::applyPending()
{
    if (m_applying)
        return;
    drainSource();
    while (!m_pending->empty())
        applyFront(SIZE_MAX);
    refreshNow();
}

// Applies pending records in slices until the budget is spent, draining the source again while
// there is time left: a tick then keeps up with a fast run instead of taking one drain's worth.
void RunMonitor::applyWithinBudget(qint64 budgetMs)
{
    if (m_applying)
        return;
    constexpr size_t kChunk = 4096;
    QElapsedTimer spent;
    spent.start();
    drainSource();
    while (spent.elapsed() < budgetMs && (!m_pending->empty() || drainSource()))
        applyFront(kChunk);
    refreshNow();
}

// Batches are as the engine made them, a few hundred records each: the state reads them one by
// one, the views hear of them all at once.
void RunMonitor::applyFront(size_t max)
{
    m_applying = true;
    RunStateChange change;
    size_t applied = 0;
    while (applied < max && !m_pending->empty()) {
        const RecordSpan records = m_pending->front(max - applied);
        if (applied == 0)
            change = readRecords(records);
        else
            change.merge(readRecords(records));
        applied += records.size();
        m_pending->pop(records.size());
    }
    m_applying = false;
    if (applied > 0)
        showChange(change);
}

void RunMonitor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void RunMonitor::setRecordSink(std::function<void(RecordSpan, const RunState &)> sink)
{
    m_sink = std::move(sink);
}

void RunMonitor::addBanner(QWidget *banner)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_changedNote) + 1, banner);
}

void RunMonitor::setRunEnabled(bool enabled)
{
    m_runEnabled = enabled;
    updateActions();
}

// The run's time as the monitor best knows it: the newest record's time, advanced by real time
// since that record arrived while the run goes on (so countdowns and the "now" line move).
double RunMonitor::now() const
{
    if (!m_live || m_state->isFinished() || !m_sinceAnchor.isValid())
        return m_state->lastTime();
    return std::max(m_state->lastTime(), m_anchor + double(m_sinceAnchor.elapsed()));
}

void RunMonitor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        m_controls->showProgress(*m_state);
}

void RunMonitor::tick()
{
    applyWithinBudget(kTickMs * 3 / 4);
    if (m_state->isFinished() && m_pending->empty()) {
        m_live = false;
        m_ticker.stop();
        refreshNow();
    }
}

void RunMonitor::applyBatch(RecordSpan records)
{
    showChange(readRecords(records));
}

RunStateChange RunMonitor::readRecords(RecordSpan records)
{
    const double before = m_state->lastTime();
    RunStateChange change = m_state->apply(records);
    if (m_sink) {
        const auto sink = m_sink; // the sink may replace itself (a recording that ends)
        sink(records, *m_state);
    }
    if (m_state->lastTime() > before || !m_sinceAnchor.isValid()) {
        m_anchor = m_state->lastTime();
        m_sinceAnchor.start();
    }
    emit recordsApplied(records);
    return change;
}

void RunMonitor::showChange(const RunStateChange &change)
{
    m_taskModel->applyChange(change);
    m_attemptsModel->applyChange(change);
    m_eventModel->applyChange(change);
    if (change.newEvents > 0)
        updateEventFilter();
}

void RunMonitor::refreshNow()
{
    const double t = now();
    m_taskModel->setNow(t);
    m_attemptsModel->setNow(t);
    m_timeline->setNow(t);
    m_timeline->refresh();
    m_explanation->refresh();
    // Once per tick, not per chunk of records: the counts are rich text, dear to lay out.
    m_controls->showProgress(*m_state);
    updateActions();
    emit stateRefreshed();
}

void RunMonitor::updateActions()
{
    RunControlBar::Enabled enabled;
    const bool running = m_state->runStatus() == RunStatus::Running;
    enabled.run = m_runEnabled && (!running || m_readOnly);
    enabled.cancelRun = running && !m_readOnly;
    if (m_selectedRow >= 0 && running && !m_readOnly) {
        const TaskStatus status = m_state->tasks()[size_t(m_selectedRow)].status;
        enabled.cancelTask = status == TaskStatus::Queued || status == TaskStatus::Running ||
                             status == TaskStatus::WaitingToRetry;
        enabled.retryNow = status == TaskStatus::WaitingToRetry;
    }
    enabled.rerunFailed = m_state->isFinished() && m_state->totals().count(TaskStatus::Failed) > 0;
    m_controls->setEnabledActions(enabled);
}

void RunMonitor::updateEventFilter()
{
    for (int e = m_eventFilter->count() - 1; e < int(m_state->events().size()); ++e) {
        if (e < 0)
            continue;
        m_eventFilter->addItem(m_state->events()[size_t(e)].name, e);
    }
    fitEventColumn();
    while (m_eventFilter->count() - 1 > int(m_state->events().size()))
        m_eventFilter->removeItem(m_eventFilter->count() - 1);
}

// Event names decide the Event column's width: a handful of names, cheap to measure, unlike
// resizing to the contents of 100,000 rows.
void RunMonitor::fitEventColumn()
{
    const QFontMetrics metrics = m_taskView->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    int widest = metrics.horizontalAdvance(
        m_taskModel->headerData(TaskTableModel::EventColumn, Qt::Horizontal).toString());
    for (const EventState &event : m_state->events())
        widest = std::max(widest, metrics.horizontalAdvance(event.name));
    const int width = std::clamp(widest + em, 6 * em, 16 * em);
    if (m_taskView->horizontalHeader()->sectionSize(TaskTableModel::EventColumn) < width)
        m_taskView->horizontalHeader()->resizeSection(TaskTableModel::EventColumn, width);
}

void RunMonitor::applyStatusFilter(int index)
{
    QList<TaskStatus> statuses;
    if (index == 1)
        statuses = {TaskStatus::Failed, TaskStatus::WaitingToRetry};
    else if (index > 1)
        statuses = {TaskStatus(m_statusFilter->itemData(index).toInt())};
    m_proxy->setStatusFilter(statuses);
}

void RunMonitor::selectRow(int row)
{
    const QModelIndex source = m_taskModel->index(row, 0);
    QModelIndex proxy = m_proxy->mapFromSource(source);
    if (source.isValid() && !proxy.isValid()) { // filtered out: show everything again
        m_statusFilter->setCurrentIndex(0);
        m_eventFilter->setCurrentIndex(0);
        m_search->clear();
        proxy = m_proxy->mapFromSource(source);
    }
    if (!proxy.isValid()) {
        m_taskView->selectionModel()->clearCurrentIndex();
        onCurrentTaskChanged({});
        return;
    }
    m_taskView->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    // Centred: the tasks around it (its event's others, say) are the context the user wants.
    m_taskView->scrollTo(proxy, QAbstractItemView::PositionAtCenter);
}

void RunMonitor::onCurrentTaskChanged(const QModelIndex &current)
{
    const int row = current.isValid() ? m_proxy->mapToSource(current).row() : -1;
    if (row == m_selectedRow)
        return;
    m_selectedRow = row;
    m_attemptsModel->setTaskRow(row);
    m_logView->clear();
    // The latest attempt is what the user asks about first: show its log without another click.
    if (const int attempts = m_attemptsModel->rowCount(); attempts > 0)
        m_attemptsView->setCurrentIndex(m_attemptsModel->index(attempts - 1, 0));
    m_timeline->setSelectedRow(row);
    updateActions();
    emit taskSelected(row);
}

void RunMonitor::onCurrentAttemptChanged(const QModelIndex &current)
{
    m_logView->setPlainText(current.isValid() ? current.data(AttemptsModel::LogRole).toString()
                                              : QString());
    if (!current.isValid()) {
        m_logView->setPlaceholderText(tr("Select an attempt to see its log"));
        return;
    }
    // Without output the pane still answers "what went wrong": the error in full, which the
    // table's narrow Error column can only cut short.
    const TaskState &task = m_state->tasks()[size_t(m_attemptsModel->taskRow())];
    const QString text =
        AttemptText::withoutOutput(task.attempts[size_t(current.row())], current.row() + 1);
    m_logView->setPlaceholderText(text);
}

} // namespace volnux
