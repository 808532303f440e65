// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/HistoryPanel.h"

#include "core/store/RunStore.h"
#include "ui/history/HistoryFilterModel.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/StoreWatcher.h"
#include "ui/monitor/StatusStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

namespace volnux {

namespace {
constexpr int kUndoMs = 10000; // how long a deletion can be undone
constexpr RunStatus kFilterStatuses[] = {RunStatus::Succeeded, RunStatus::Failed,
                                         RunStatus::Running,   RunStatus::Cancelled,
                                         RunStatus::Stopped,   RunStatus::Interrupted};
} // namespace

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent), m_watcher(new StoreWatcher(this)), m_model(new HistoryModel(this)),
      m_filter(new HistoryFilterModel(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_filter->setSourceModel(m_model);
    buildView();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_view, 1);
    layout->addWidget(buildButtons());
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(kUndoMs);
    connect(&m_undoTimer, &QTimer::timeout, this, &HistoryPanel::commitDeletes);
    connect(&m_listing, &QFutureWatcher<Listing>::finished, this, &HistoryPanel::onListed);
    connect(&m_deletion, &QFutureWatcher<QString>::finished, this, [this] {
        if (const QString error = m_deletion.result(); !error.isEmpty())
            m_error = error;
        reload();
    });
    connect(m_watcher, &StoreWatcher::changed, this, &HistoryPanel::reload);
    updateActions();
    updateStatus();
}

HistoryPanel::~HistoryPanel()
{
    if (!m_pendingDelete.isEmpty() && !m_storePath.isEmpty())
        (void)QtConcurrent::run(&HistoryPanel::remove, m_storePath, m_pendingDelete.values());
}

void HistoryPanel::buildView()
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("historyTable"));
    m_view->setAccessibleName(tr("Recorded runs"));
    m_view->setAccessibleDescription(
        tr("The runs kept in the run store, newest first. Open one to see it in the monitor; "
           "select two to compare them."));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const double widths[] = {8, 12.5, 12, 11, 6, 4.5, 4.5, 5.5};
    for (int column = 0; column < HistoryModel::ColumnCount; ++column)
        m_view->horizontalHeader()->resizeSection(column, int(widths[column] * em));
    // Measured, not guessed: a status or a time cut short ("succe…") is what users read first.
    int status = 0;
    for (RunStatus s : kFilterStatuses)
        status = std::max(status, metrics.horizontalAdvance(StatusStyle::label(s)));
    m_view->horizontalHeader()->resizeSection(HistoryModel::StatusColumn, status + 2 * em + 12);
    m_view->horizontalHeader()->resizeSection(
        HistoryModel::StartedColumn,
        metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + em);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        emit selectedRunsChanged(selectedRunIds());
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRunRequested(index.data(HistoryModel::RunIdRole).toLongLong());
    });
}

QWidget *HistoryPanel::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_allProjects = new QCheckBox(tr("All projects"), bar);
    m_allProjects->setObjectName(QStringLiteral("historyAllProjects"));
    m_allProjects->setToolTip(tr("List the runs of every project, not only the open one's"));
    connect(m_allProjects, &QCheckBox::toggled, this, &HistoryPanel::reload);
    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("historyStatusFilter"));
    m_status->addItem(tr("All statuses"));
    for (RunStatus status : kFilterStatuses)
        m_status->addItem(StatusStyle::label(status), int(status));
    m_status->setToolTip(tr("Show only the runs that ended in this state"));
    connect(m_status, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyStatusFilter);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setAccessibleName(tr("Search runs"));
    m_search->setPlaceholderText(tr("Search run, project, host…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateStatus();
    });
    row->addWidget(m_allProjects);
    row->addWidget(m_status);
    row->addWidget(m_search, 1);
    return bar;
}

QWidget *HistoryPanel::buildButtons()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_open = new QPushButton(tr("Open"), bar);
    m_open->setToolTip(tr("Show the selected run in the Run panel, read-only"));
    m_compare = new QPushButton(tr("Compare"), bar);
    m_compare->setToolTip(tr("Compare the two selected runs"));
    m_export = new QPushButton(tr("Export…"), bar);
    m_export->setToolTip(tr("Save the selected run as JSON Lines, a Chrome trace or CSV"));
    m_delete = new QPushButton(tr("Delete"), bar);
    m_delete->setToolTip(tr("Delete the selected runs from the run store (Undo follows)"));
    m_undo = new QPushButton(tr("Undo delete"), bar);
    m_undo->setObjectName(QStringLiteral("historyUndoDelete"));
    m_undo->setToolTip(tr("Bring back the runs deleted last"));
    m_statusLabel = new QLabel(bar);
    m_statusLabel->setTextFormat(Qt::PlainText); // it shows names and paths from outside
    m_statusLabel->setObjectName(QStringLiteral("historyStatus"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QList<qint64> ids = selectedRunIds(); ids.size() == 1)
            emit openRunRequested(ids.first());
    });
    connect(m_compare, &QPushButton::clicked, this, &HistoryPanel::requestCompare);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (const QList<qint64> ids = selectedRunIds(); ids.size() == 1)
            emit exportRequested(ids.first());
    });
    connect(m_delete, &QPushButton::clicked, this, &HistoryPanel::deleteSelected);
    connect(m_undo, &QPushButton::clicked, this, &HistoryPanel::undoDelete);
    row->addWidget(m_open);
    row->addWidget(m_compare);
    row->addWidget(m_export);
    row->addWidget(m_delete);
    row->addWidget(m_undo);
    row->addWidget(m_statusLabel, 1);
    return bar;
}

void HistoryPanel::setStorePath(const QString &path)
{
    m_storePath = path;
    m_watcher->watch(path);
    reload();
}

void HistoryPanel::setProjectPath(const QString &path)
{
    if (path == m_projectPath)
        return;
    m_projectPath = path;
    reload();
}

void HistoryPanel::setAllProjects(bool all)
{
    m_allProjects->setChecked(all);
}

HistoryPanel::Listing HistoryPanel::list(const QString &storePath, const QString &projectPath)
{
    Listing listing;
    const auto store = RunStore::open(storePath);
    if (!store) {
        listing.error = store.errorString();
        return listing;
    }
    RunStore::Filter filter;
    filter.projectPath = projectPath;
    Result<std::vector<StoredRun>> runs = (*store)->list(filter);
    if (runs)
        listing.runs = std::move(runs.value());
    else
        listing.error = runs.errorString();
    return listing;
}

QString HistoryPanel::remove(const QString &storePath, const QList<qint64> &ids)
{
    const auto store = RunStore::open(storePath);
    const Result<int> removed =
        store ? (*store)->remove(ids) : Result<int>::failure(store.errors());
    return removed ? QString() : removed.errorString();
}

void HistoryPanel::reload()
{
    if (m_loading) {
        m_reloadAgain = true; // the store changed while it was read
        return;
    }
    const bool all = m_allProjects->isChecked();
    if (m_storePath.isEmpty() || (!all && m_projectPath.isEmpty())) {
        m_model->setRuns({});
        updateStatus();
        emit loaded({});
        return;
    }
    m_loading = true;
    m_watcher->resync();
    m_listing.setFuture(
        QtConcurrent::run(&HistoryPanel::list, m_storePath, all ? QString() : m_projectPath));
}

void HistoryPanel::onListed()
{
    m_loading = false;
    Listing listing = m_listing.result();
    if (std::exchange(m_reloadAgain, false)) {
        reload();
        return;
    }
    const QList<qint64> selected = selectedRunIds();
    m_error = listing.error;
    m_deleting.clear(); // deleted by now: the store no longer lists them
    updateHidden();
    m_model->setRuns(std::move(listing.runs));
    selectRuns(selected);
    updateActions();
    updateStatus();
    emit loaded(m_error);
}

QList<qint64> HistoryPanel::selectedRunIds() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(row.data(HistoryModel::RunIdRole).toLongLong());
    return ids;
}

void HistoryPanel::selectRuns(const QList<qint64> &ids)
{
    QItemSelection selection;
    for (qint64 id : ids) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOf(id), 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
}

void HistoryPanel::deleteSelected()
{
    const QList<qint64> ids = selectedRunIds();
    if (ids.isEmpty())
        return;
    commitDeletes(); // one deletion undoable at a time
    m_pendingDelete = QSet<qint64>(ids.begin(), ids.end());
    updateHidden();
    m_undoTimer.start();
    updateActions();
    updateStatus();
}

void HistoryPanel::undoDelete()
{
    m_undoTimer.stop();
    m_pendingDelete.clear();
    updateHidden();
    updateActions();
    updateStatus();
}

void HistoryPanel::commitDeletes()
{
    m_undoTimer.stop();
    if (m_pendingDelete.isEmpty())
        return;
    const QList<qint64> ids = m_pendingDelete.values();
    m_deleting.unite(m_pendingDelete);
    m_pendingDelete.clear();
    updateActions();
    updateStatus();
    m_deletion.setFuture(QtConcurrent::run(&HistoryPanel::remove, m_storePath, ids));
}

void HistoryPanel::updateHidden()
{
    m_filter->setHidden(m_pendingDelete + m_deleting);
}

void HistoryPanel::updateActions()
{
    const qsizetype selected = selectedRunIds().size();
    m_open->setEnabled(selected == 1);
    m_compare->setEnabled(selected == 2);
    m_export->setEnabled(selected == 1);
    m_delete->setEnabled(selected > 0);
    m_undo->setVisible(!m_pendingDelete.isEmpty());
}

void HistoryPanel::updateStatus()
{
    if (!m_error.isEmpty()) {
        m_statusLabel->setText(m_error);
        return;
    }
    const int shown = m_filter->rowCount();
    QString text = shown == 1 ? tr("1 run") : tr("%1 runs").arg(shown);
    if (const qsizetype deleted = m_pendingDelete.size(); deleted > 0)
        text = (deleted == 1 ? tr("1 run deleted") : tr("%1 runs deleted").arg(deleted)) +
               QStringLiteral(" · ") + text;
    else if (!m_allProjects->isChecked() && m_projectPath.isEmpty())
        text = tr("Save the project to keep its runs");
    m_statusLabel->setText(text);
}

QString HistoryPanel::statusText() const
{
    return m_statusLabel->text();
}

void HistoryPanel::applyStatusFilter(int index)
{
    m_filter->setStatus(
        index <= 0 ? std::nullopt
                   : std::optional<RunStatus>(RunStatus(m_status->itemData(index).toInt())));
    updateStatus();
}

void HistoryPanel::requestCompare()
{
    const QList<qint64> ids = selectedRunIds();
    if (ids.size() != 2)
        return;
    emit compareRequested(std::min(ids[0], ids[1]), std::max(ids[0], ids[1]));
}

} // namespace volnux
