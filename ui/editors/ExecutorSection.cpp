// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExecutorSection.h"

#include "core/events/EventOptions.h"
#include "ui/editors/ComboWidth.h"
#include "ui/editors/OptionalIntField.h"
#include "ui/editors/OptionalTextField.h"
#include "ui/editors/ProblemLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace volnux {

ExecutorSection::ExecutorSection(QWidget *parent)
    : EditorSection(tr("Executor"), parent), m_executor(new QComboBox(this)),
      m_note(new QLabel(this)), m_executorProblems(new ProblemLabel(this)),
      m_maxWorkers(new OptionalIntField(ExecutorInitializerConfig::processorCount(), this)),
      m_maxWorkersProblems(new ProblemLabel(this)),
      m_maxTasksPerChild(new OptionalIntField(100, this)),
      m_maxTasksPerChildProblems(new ProblemLabel(this)), m_prefix(new OptionalTextField(this)),
      m_prefixProblems(new ProblemLabel(this)), m_timeout(new OptionalIntField(60000, this)),
      m_timeoutProblems(new ProblemLabel(this))
{
    m_executor->setObjectName(QStringLiteral("executor"));
    letComboShrink(m_executor);
    m_maxWorkers->setObjectName(QStringLiteral("maxWorkers"));
    m_maxTasksPerChild->setObjectName(QStringLiteral("maxTasksPerChild"));
    m_prefix->setObjectName(QStringLiteral("threadNamePrefix"));
    m_timeout->setObjectName(QStringLiteral("timeoutMs"));
    m_executor->addItem(tr("EMPTY: %1").arg(ExecutorNames::DefaultExecutor), QString());
    for (const QString &name : {ExecutorNames::DefaultExecutor, ExecutorNames::ThreadPoolExecutor,
                                ExecutorNames::ProcessPoolExecutor})
        m_executor->addItem(name, name);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_maxWorkers->setEmptyMeaning(
        tr("processor count: %1").arg(ExecutorInitializerConfig::processorCount()));
    m_maxTasksPerChild->setEmptyMeaning(tr("workers live as long as the executor"));
    m_prefix->setEmptyMeaning(tr("threads keep their default names"));
    m_timeout->setEmptyMeaning(tr("attempts have no time limit"));
    m_timeout->spinBox()->setSuffix(tr(" ms"));
    m_executor->setToolTip(tr("Where the event's tasks run: one after another on the run's "
                              "engine thread, on a pool of threads or on a pool of worker "
                              "processes."));
    m_maxWorkers->setToolTip(
        tr("The most workers (threads or processes) the executor runs at once."));
    m_maxTasksPerChild->setToolTip(tr("A worker is retired after running this many attempts, "
                                      "and a fresh worker takes its place."));
    m_prefix->setToolTip(tr("Worker threads are named prefix + index; the name shows in the "
                            "run monitor's Worker column."));
    m_timeout->setToolTip(
        tr("The longest one attempt may take. An attempt still running then fails with "
           "TimeoutError, which the retry policy retries like any other error; a process-pool "
           "worker still running it is killed and replaced."));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Executor:"), ProblemLabel::withField(this, m_executor, m_executorProblems));
    form->addRow(QString(), m_note);
    form->addRow(tr("max_workers:"),
                 ProblemLabel::withField(this, m_maxWorkers, m_maxWorkersProblems));
    form->addRow(tr("max_tasks_per_child:"),
                 ProblemLabel::withField(this, m_maxTasksPerChild, m_maxTasksPerChildProblems));
    form->addRow(tr("thread_name_prefix:"),
                 ProblemLabel::withField(this, m_prefix, m_prefixProblems));
    form->addRow(tr("timeout_ms:"), ProblemLabel::withField(this, m_timeout, m_timeoutProblems));

    connect(m_executor, &QComboBox::currentIndexChanged, this, [this] {
        updateNote();
        emit edited(EventField::Executor, tr("Change executor"));
    });
    connect(m_maxWorkers, &OptionalIntField::edited, this,
            [this] { emit edited(EventField::MaxWorkers, tr("Edit max_workers")); });
    connect(m_maxTasksPerChild, &OptionalIntField::edited, this,
            [this] { emit edited(EventField::MaxTasksPerChild, tr("Edit max_tasks_per_child")); });
    connect(m_prefix, &OptionalTextField::edited, this,
            [this] { emit edited(EventField::ThreadNamePrefix, tr("Edit thread_name_prefix")); });
    connect(m_timeout, &OptionalIntField::edited, this,
            [this] { emit edited(EventField::TimeoutMs, tr("Edit timeout_ms")); });
    updateNote();
}

void ExecutorSection::updateNote()
{
    const QString executor = m_executor->currentData().toString();
    if (executor.isEmpty() || executor == ExecutorNames::DefaultExecutor)
        m_note->setText(tr("Tasks run one after another on the run's engine thread; the pool "
                           "settings below apply to the pool executors."));
    else if (executor == ExecutorNames::ThreadPoolExecutor)
        m_note->setText(tr("Tasks run on a pool of threads."));
    else
        m_note->setText(tr("Tasks run in worker processes; a crashed worker fails its attempt "
                           "with WorkerCrashedError and is replaced."));
}

void ExecutorSection::load(const EventDefinition &event)
{
    {
        const QSignalBlocker block(m_executor);
        const QString name = event.executor.value_or(QString());
        int index = m_executor->findData(name);
        if (index < 0) {
            m_executor->addItem(name, name);
            index = m_executor->count() - 1;
        }
        m_executor->setCurrentIndex(index);
    }
    updateNote();
    const ExecutorInitializerConfig config =
        event.executor_config.value_or(ExecutorInitializerConfig{});
    m_maxWorkers->setValue(config.max_workers);
    m_maxTasksPerChild->setValue(config.max_tasks_per_child);
    m_prefix->setValue(config.thread_name_prefix);
    m_timeout->setValue(event.timeout_ms);
}

void ExecutorSection::store(EventDefinition &event) const
{
    const QString executor = m_executor->currentData().toString();
    event.executor = executor.isEmpty() ? std::nullopt : std::optional<QString>(executor);
    event.timeout_ms = m_timeout->value();
    ExecutorInitializerConfig config;
    config.max_workers = m_maxWorkers->value();
    config.max_tasks_per_child = m_maxTasksPerChild->value();
    config.thread_name_prefix = m_prefix->value();
    // All EMPTY leaves the key out of the file unless the file already had an empty object.
    if (config == ExecutorInitializerConfig{} && !event.executor_config)
        return;
    event.executor_config = config;
}

void ExecutorSection::showProblems(const ProblemLookup &problemsAt)
{
    const QString config = QStringLiteral("executor_config");
    const QStringList workers = problemsAt(config + QStringLiteral(".max_workers"));
    const QStringList perChild = problemsAt(config + QStringLiteral(".max_tasks_per_child"));
    const QStringList prefix = problemsAt(config + QStringLiteral(".thread_name_prefix"));
    m_maxWorkersProblems->setProblems(workers);
    m_maxTasksPerChildProblems->setProblems(perChild);
    m_prefixProblems->setProblems(prefix);
    m_timeoutProblems->setProblems(problemsAt(QStringLiteral("timeout_ms")));
    // What is about the config as a whole (an unknown key, not an object) shows by the executor.
    QStringList general = problemsAt(QStringLiteral("executor"));
    for (const QString &problem : problemsAt(config)) {
        if (!workers.contains(problem) && !perChild.contains(problem) && !prefix.contains(problem))
            general << problem;
    }
    m_executorProblems->setProblems(general);
}

} // namespace volnux
