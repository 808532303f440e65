// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectJson.h"

#include "core/ConfigField.h"
#include "core/events/EventOptions.h"
#include "core/kinds/KindSpec.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace volnux {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kVersion = QStringLiteral("version");
const QString kName = QStringLiteral("name");
const QString kEvents = QStringLiteral("events");
const QString kPipeline = QStringLiteral("pipeline");
const QString kCluster = QStringLiteral("cluster");
const QString kKind = QStringLiteral("kind");
const QString kParams = QStringLiteral("params");
const QString kTasks = QStringLiteral("tasks");
const QString kInputs = QStringLiteral("inputs");
const QString kExecutor = QStringLiteral("executor");
const QString kExecutorConfig = QStringLiteral("executor_config");
const QString kRetryPolicy = QStringLiteral("retry_policy");
const QString kEvaluation = QStringLiteral("evaluation");
const QString kStopOnException = QStringLiteral("stop_on_exception");
const QString kTimeoutMs = QStringLiteral("timeout_ms");

QString describe(const QJsonValue &value)
{
    return config::describeValue(value.toVariant());
}

// The error types each retry policy lists must be known, except in a project that loads a
// plugin: a plugin declares its own types when it is loaded, which a load must not do (loading
// runs nothing). There, an unknown type is a warning (into `warnings`), not a problem.
// `unparsed` holds, by event index, the types listed by policies that have other problems, so
// that a project's problems come in one pass, not one kind at a time.
QStringList retryTypeProblems(const QList<EventDefinition> &events, QStringList *warnings,
                              const QMap<qsizetype, RetryPolicy> &unparsed = {})
{
    const bool plugins = std::any_of(events.cbegin(), events.cend(), [](const auto &event) {
        return event.kind == QLatin1String("plugin");
    });
    QStringList problems;
    QStringList unknown;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const auto &parsed = events.at(i).retry_policy;
        const auto other = unparsed.constFind(i);
        const RetryPolicy *policy = parsed                     ? &*parsed
                                    : other != unparsed.cend() ? &*other
                                                               : nullptr;
        if (policy)
            problems << policy->typeProblems(QStringLiteral("events[%1].retry_policy").arg(i),
                                             plugins ? &unknown : nullptr);
    }
    if (warnings)
        *warnings << unknown;
    return problems;
}

// Collects the problems of one document while reading it into a Project.
struct Reader
{
    QStringList problems;
    qsizetype eventIndex = 0;                      // of the event being read
    QMap<qsizetype, RetryPolicy> unparsedPolicies; // see retryTypeProblems

    void add(const QString &where, const QString &message)
    {
        problems << where + QStringLiteral(": ") + message;
    }
    void mustBe(const QString &where, const QString &expected, const QJsonValue &got)
    {
        add(where, QStringLiteral("must be %1, got %2").arg(expected, describe(got)));
    }
    void unknownKeys(const QJsonObject &object, const QStringList &allowed, const QString &where);
    void addAll(const QStringList &located) { problems << located; }

    Project readRoot(const QJsonObject &root);
    std::optional<ClusterConfig> readCluster(const QJsonValue &value);
    EventDefinition readEvent(const QJsonValue &value, const QString &where);
    void readIdentity(const QJsonObject &event, const QString &where, EventDefinition &out);
    void readTasks(const QJsonObject &event, const QString &where, EventDefinition &out);
    void readOptions(const QJsonObject &event, const QString &where, EventDefinition &out);
    void readTimeout(const QJsonObject &event, const QString &where, EventDefinition &out);
    void checkSubstitutedInputs(const QString &where, const EventDefinition &event);
    void checkDuplicateNames(const QList<EventDefinition> &read);
    void checkTotalTasks(const QList<EventDefinition> &read);
};

void Reader::unknownKeys(const QJsonObject &object, const QStringList &allowed,
                         const QString &where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            add(config::qualified(where, it.key()),
                QStringLiteral("unknown key; allowed keys are %1")
                    .arg(allowed.join(QStringLiteral(", "))));
    }
}

Project Reader::readRoot(const QJsonObject &root)
{
    Project project;
    unknownKeys(root, ProjectJson::rootKeys(), QString());
    if (root.contains(kName)) {
        if (root.value(kName).isString())
            project.name = root.value(kName).toString();
        else
            mustBe(kName, QStringLiteral("a string"), root.value(kName));
    }
    if (root.contains(kPipeline)) {
        if (root.value(kPipeline).isString())
            project.pipeline = root.value(kPipeline).toString();
        else
            mustBe(kPipeline, QStringLiteral("a string in Pointy notation, such as \"a -> b\""),
                   root.value(kPipeline));
    }
    if (root.contains(kCluster))
        project.cluster = readCluster(root.value(kCluster));
    if (!root.contains(kEvents)) {
        add(kEvents, QStringLiteral("missing; a project needs a list of events (it may be empty)"));
        return project;
    }
    if (!root.value(kEvents).isArray()) {
        mustBe(kEvents, QStringLiteral("a list of events"), root.value(kEvents));
        return project;
    }
    const QJsonArray events = root.value(kEvents).toArray();
    if (events.size() > ProjectJson::kMaxEvents) {
        add(kEvents, QStringLiteral("the project has %1 events, more than the %2 a project may "
                                    "have; give the work to the tasks of fewer events")
                         .arg(events.size())
                         .arg(ProjectJson::kMaxEvents));
        return project;
    }
    for (eventIndex = 0; eventIndex < events.size(); ++eventIndex)
        project.events << readEvent(events.at(eventIndex),
                                    QStringLiteral("events[%1]").arg(eventIndex));
    checkDuplicateNames(project.events);
    checkTotalTasks(project.events);
    addAll(retryTypeProblems(project.events, nullptr, unparsedPolicies));
    return project;
}

std::optional<ClusterConfig> Reader::readCluster(const QJsonValue &value)
{
    if (!value.isObject()) {
        mustBe(kCluster,
               QStringLiteral("an object such as {\"redis_url\": \"redis://host:6379/0\"}"), value);
        return std::nullopt;
    }
    Result<ClusterConfig> cluster =
        ClusterConfig::fromMap(value.toObject().toVariantMap(), kCluster);
    if (!cluster) {
        addAll(cluster.errors());
        return std::nullopt;
    }
    return cluster.value();
}

EventDefinition Reader::readEvent(const QJsonValue &value, const QString &where)
{
    EventDefinition event;
    if (!value.isObject()) {
        mustBe(where, QStringLiteral("an object (an event)"), value);
        return event;
    }
    const QJsonObject object = value.toObject();
    unknownKeys(object, ProjectJson::eventKeys(), where);
    readIdentity(object, where, event);
    readTasks(object, where, event);
    checkSubstitutedInputs(where, event);
    readOptions(object, where, event);
    return event;
}

// A command's {input} puts a task's input into an argument, which reaches exec: a NUL in the
// input would cut the argument there, so it is refused where the input is written.
void Reader::checkSubstitutedInputs(const QString &where, const EventDefinition &event)
{
    if (event.kind != QLatin1String("command") || !event.inputs)
        return;
    const QStringList args = event.params.value(QStringLiteral("args")).toStringList();
    const bool substituted = std::any_of(args.cbegin(), args.cend(), [](const QString &arg) {
        return arg.contains(QLatin1String("{input}"));
    });
    if (!substituted)
        return;
    for (qsizetype i = 0; i < event.inputs->size(); ++i) {
        const QVariant &input = event.inputs->at(i);
        if (input.typeId() == QMetaType::QString && input.toString().contains(QChar(0)))
            add(config::qualified(where, kInputs) + QStringLiteral("[%1]").arg(i),
                QStringLiteral("must not contain a NUL character (\\u0000): {input} puts it in "
                               "an argument of the program, which the operating system would "
                               "cut there"));
    }
}

void Reader::readIdentity(const QJsonObject &event, const QString &where, EventDefinition &out)
{
    const QString nameAt = config::qualified(where, kName);
    const QJsonValue name = event.value(kName);
    if (name.isUndefined())
        add(nameAt, QStringLiteral("missing; every event needs a unique name"));
    else if (!name.isString() || !ProjectJson::isValidEventName(name.toString()))
        mustBe(nameAt,
               QStringLiteral("a name of 1 to %1 characters: a letter or '_', then letters, "
                              "digits, '_', '.' or '-'")
                   .arg(ProjectJson::kMaxEventNameLength),
               name);
    else
        out.name = name.toString();

    const QString kindAt = config::qualified(where, kKind);
    const QString kinds = KindSpec::names().join(QStringLiteral(", "));
    const QJsonValue kind = event.value(kKind);
    if (kind.isUndefined())
        add(kindAt, QStringLiteral("missing; allowed kinds are %1").arg(kinds));
    else if (!kind.isString() || !KindSpec::find(kind.toString()))
        add(kindAt,
            QStringLiteral("unknown kind %1; allowed kinds are %2").arg(describe(kind), kinds));
    else
        out.kind = kind.toString();

    const QString paramsAt = config::qualified(where, kParams);
    const QJsonValue params = event.value(kParams);
    if (!params.isUndefined() && !params.isObject()) {
        mustBe(paramsAt, QStringLiteral("an object of the kind's parameters"), params);
        return;
    }
    out.params = params.toObject().toVariantMap();
    if (!out.kind.isEmpty())
        addAll(KindSpec::validateParams(out.kind, out.params, paramsAt));
}

void Reader::readTasks(const QJsonObject &event, const QString &where, EventDefinition &out)
{
    if (event.contains(kTasks) && event.contains(kInputs))
        add(where, QStringLiteral("give either \"tasks\" or \"inputs\", not both"));
    if (const QJsonValue tasks = event.value(kTasks); !tasks.isUndefined()) {
        if (const auto n = config::toInteger(tasks.toVariant(), 0, ProjectJson::kMaxTasks))
            out.tasks = int(*n);
        else
            mustBe(config::qualified(where, kTasks),
                   QStringLiteral("an integer >= 0 and <= %1").arg(ProjectJson::kMaxTasks), tasks);
    }
    if (const QJsonValue inputs = event.value(kInputs); !inputs.isUndefined()) {
        if (inputs.isArray() && inputs.toArray().size() <= ProjectJson::kMaxTasks)
            out.inputs = inputs.toArray().toVariantList();
        else
            mustBe(config::qualified(where, kInputs),
                   QStringLiteral("a list of at most %1 task inputs").arg(ProjectJson::kMaxTasks),
                   inputs);
    }
}

void Reader::readOptions(const QJsonObject &event, const QString &where, EventDefinition &out)
{
    auto at = [&](const QString &key) { return config::qualified(where, key); };
    if (const QJsonValue v = event.value(kExecutor); !v.isUndefined()) {
        if (v.isString() && ProjectJson::executorNames().contains(v.toString()))
            out.executor = v.toString();
        else
            add(at(kExecutor),
                QStringLiteral("unknown executor %1; allowed executors are %2")
                    .arg(describe(v), ProjectJson::executorNames().join(QStringLiteral(", "))));
    }
    if (const QJsonValue v = event.value(kExecutorConfig); !v.isUndefined()) {
        if (!v.isObject())
            mustBe(at(kExecutorConfig), QStringLiteral("an object"), v);
        else if (auto cfg = ExecutorInitializerConfig::fromMap(v.toObject().toVariantMap(),
                                                               at(kExecutorConfig)))
            out.executor_config = *cfg;
        else
            addAll(cfg.errors());
    }
    if (const QJsonValue v = event.value(kRetryPolicy); !v.isUndefined()) {
        if (!v.isObject())
            mustBe(at(kRetryPolicy), QStringLiteral("an object"), v);
        else if (auto policy = RetryPolicy::fromMap(v.toObject().toVariantMap(), at(kRetryPolicy)))
            out.retry_policy = *policy;
        else {
            addAll(policy.errors());
            unparsedPolicies.insert(eventIndex,
                                    RetryPolicy::typesOnly(v.toObject().toVariantMap()));
        }
    }
    if (const QJsonValue v = event.value(kEvaluation); !v.isUndefined()) {
        if (!v.isString())
            mustBe(at(kEvaluation), QStringLiteral("a string such as \"MAJORITY\""), v);
        else if (auto evaluation = Evaluation::fromString(v.toString(), at(kEvaluation)))
            out.evaluation = *evaluation;
        else
            addAll(evaluation.errors());
    }
    if (const QJsonValue v = event.value(kStopOnException); !v.isUndefined()) {
        if (v.isBool())
            out.stop_on_exception = v.toBool();
        else
            mustBe(at(kStopOnException), QStringLiteral("true or false"), v);
    }
    readTimeout(event, where, out);
}

// timeout_ms: absent or null (EMPTY) for no limit, else a whole number of milliseconds >= 1.
void Reader::readTimeout(const QJsonObject &event, const QString &where, EventDefinition &out)
{
    const QJsonValue v = event.value(kTimeoutMs);
    if (v.isUndefined() || v.isNull())
        return;
    if (const auto ms = config::toInteger(v.toVariant(), 1, ProjectJson::kMaxTimeoutMs))
        out.timeout_ms = int(*ms);
    else
        mustBe(config::qualified(where, kTimeoutMs),
               QStringLiteral("an integer from 1 to %1 (milliseconds), or null for no limit")
                   .arg(ProjectJson::kMaxTimeoutMs),
               v);
}

void Reader::checkDuplicateNames(const QList<EventDefinition> &read)
{
    QHash<QString, qsizetype> first;
    for (qsizetype i = 0; i < read.size(); ++i) {
        const QString &name = read[i].name;
        if (name.isEmpty())
            continue; // an invalid or missing name is reported already
        if (const auto it = first.constFind(name); it != first.constEnd())
            add(QStringLiteral("events[%1].name").arg(i),
                QStringLiteral("duplicate event name \"%1\"; events[%2] already has it")
                    .arg(name)
                    .arg(*it));
        else
            first.insert(name, i);
    }
}

// Counted, never made: `tasks: N` stays a number until a task runs.
void Reader::checkTotalTasks(const QList<EventDefinition> &read)
{
    qint64 total = 0;
    qsizetype over = -1; // the event that takes the total past the limit
    for (qsizetype i = 0; i < read.size(); ++i) {
        total += read[i].taskCount();
        if (over < 0 && total > ProjectJson::kMaxProjectTasks)
            over = i;
    }
    if (over < 0)
        return;
    const EventDefinition &event = read[over];
    const QString where = QStringLiteral("events[%1]").arg(over);
    add(event.inputs  ? config::qualified(where, kInputs)
        : event.tasks ? config::qualified(where, kTasks)
                      : where,
        QStringLiteral("the project has %1 tasks in all, more than the %2 a project may have "
                       "(this event brings the total past it)")
            .arg(total)
            .arg(ProjectJson::kMaxProjectTasks));
}

QJsonObject eventToJson(const EventDefinition &event)
{
    QJsonObject object{{kName, event.name},
                       {kKind, event.kind},
                       {kParams, QJsonObject::fromVariantMap(event.params)}};
    if (event.tasks)
        object.insert(kTasks, *event.tasks);
    if (event.inputs)
        object.insert(kInputs, QJsonArray::fromVariantList(*event.inputs));
    if (event.executor)
        object.insert(kExecutor, *event.executor);
    if (event.executor_config)
        object.insert(kExecutorConfig, QJsonObject::fromVariantMap(event.executor_config->toMap()));
    if (event.retry_policy)
        object.insert(kRetryPolicy, QJsonObject::fromVariantMap(event.retry_policy->toMap()));
    if (event.evaluation)
        object.insert(kEvaluation, event.evaluation->toString());
    if (event.stop_on_exception)
        object.insert(kStopOnException, *event.stop_on_exception);
    if (event.timeout_ms)
        object.insert(kTimeoutMs, *event.timeout_ms);
    return object;
}

} // namespace

QString ProjectJson::formatName()
{
    return QStringLiteral("volnux-project");
}

QStringList ProjectJson::rootKeys()
{
    return {kFormat, kVersion, kName, kEvents, kPipeline, kCluster};
}

QStringList ProjectJson::eventKeys()
{
    return {kName,           kKind,        kParams,     kTasks,           kInputs,   kExecutor,
            kExecutorConfig, kRetryPolicy, kEvaluation, kStopOnException, kTimeoutMs};
}

QStringList ProjectJson::executorNames()
{
    return {ExecutorNames::DefaultExecutor, ExecutorNames::ThreadPoolExecutor,
            ExecutorNames::ProcessPoolExecutor, ExecutorNames::RedisExecutor};
}

bool ProjectJson::isValidEventName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    return name.size() <= kMaxEventNameLength && pattern.match(name).hasMatch();
}

QJsonObject ProjectJson::toJson(const Project &project)
{
    QJsonArray events;
    for (const EventDefinition &event : project.events)
        events.append(eventToJson(event));
    QJsonObject root{{kFormat, formatName()},
                     {kVersion, Project::kFormatVersion},
                     {kName, project.name},
                     {kEvents, events}};
    if (project.pipeline)
        root.insert(kPipeline, *project.pipeline);
    if (project.cluster)
        root.insert(kCluster, QJsonObject::fromVariantMap(project.cluster->toMap()));
    return root;
}

QStringList ProjectJson::warnings(const Project &project)
{
    QStringList found;
    retryTypeProblems(project.events, &found);
    return found;
}

Result<Project> ProjectJson::fromJson(const QJsonObject &root)
{
    Reader reader;
    Project project = reader.readRoot(root);
    if (!reader.problems.isEmpty())
        return Result<Project>::failure(reader.problems);
    return project;
}

} // namespace volnux
