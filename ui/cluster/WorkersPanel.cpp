// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkersPanel.h"

#include "core/cluster/WorkerPresence.h"
#include "ui/cluster/WorkersModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace volnux {

namespace {
constexpr int kPollMs = 1000;
constexpr int kRedisTimeoutMs = 1500;
} // namespace

WorkersPanel::WorkersPanel(QWidget *parent)
    : QWidget(parent), m_model(new WorkersModel(this)), m_view(new QTableView(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("workersPanel"));
    m_view->setObjectName(QStringLiteral("workersTable"));
    m_view->setAccessibleName(tr("Workers"));
    m_view->setAccessibleDescription(
        tr("The volnux-worker processes of the queue: when each last beat, and its attempts in "
           "the run on screen (running, finished, failed)."));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // The name takes the room; the numbers keep to their width.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WorkersModel::NameColumn, QHeaderView::Stretch);
    m_status->setTextFormat(Qt::PlainText); // it shows names and paths from outside
    m_status->setObjectName(QStringLiteral("workersStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &WorkersPanel::poll);
    connect(&m_watcher, &QFutureWatcher<Poll>::finished, this, &WorkersPanel::onPolled);
    updateStatus();
}

WorkersPanel::~WorkersPanel()
{
    m_watcher.waitForFinished(); // at most the Redis timeout
}

void WorkersPanel::setCluster(const ClusterConfig &cluster)
{
    if (cluster == m_cluster)
        return;
    m_cluster = cluster;
    m_polled = false;
    m_error.clear();
    m_model->setPresence({});
    updateStatus();
    if (isVisible())
        poll();
}

void WorkersPanel::applyRecords(RecordSpan records)
{
    m_model->applyRecords(records);
}

void WorkersPanel::clearActivity()
{
    m_model->clearActivity();
}

void WorkersPanel::poll()
{
    if (!m_cluster.isSet() || m_watcher.isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run(&WorkersPanel::read, m_cluster));
}

WorkersPanel::Poll WorkersPanel::read(const ClusterConfig &cluster)
{
    Result<std::vector<WorkerPresence>> workers = WorkerPresence::list(cluster, kRedisTimeoutMs);
    if (!workers)
        return {workers.errorString(), {}};
    return {QString(), std::move(workers.value())};
}

void WorkersPanel::onPolled()
{
    const Poll result = m_watcher.result();
    m_polled = true;
    m_error = result.error;
    m_model->setPresence(result.workers); // none on an error: they show as gone
    updateStatus();
}

void WorkersPanel::updateStatus()
{
    if (!m_cluster.isSet())
        m_status->setText(tr("No Redis configured. RedisExecutor events need the project's "
                             "cluster.redis_url, a Redis URL in Preferences or "
                             "$VOLNUX_REDIS_URL."));
    else if (!m_error.isEmpty())
        m_status->setText(tr("Cannot read the workers: %1").arg(m_error));
    else if (!m_polled)
        m_status->setText(tr("Reading the workers of queue %1 at %2…")
                              .arg(m_cluster.queue, m_cluster.redactedUrl()));
    else
        m_status->setText(
            tr("%n worker(s) connected to queue %1 at %2", nullptr, m_model->connectedCount())
                .arg(m_cluster.queue, m_cluster.redactedUrl()));
}

void WorkersPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer.start();
    poll();
}

void WorkersPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void WorkersPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        updateStatus();
}

} // namespace volnux
