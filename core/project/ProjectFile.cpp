// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectFile.h"

#include "core/ConfigField.h"
#include "core/UserText.h"
#include "core/engine/RunSpec.h"
#include "core/files/FileKind.h"
#include "core/kinds/KindSpec.h"
#include "core/pipeline/PointyParser.h"
#include "core/project/JsonText.h"
#include "core/project/JsonWriter.h"
#include "core/project/ProjectJson.h"
#include "core/project/ProjectMigration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <limits>

namespace volnux {

namespace {

constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

QString syntaxMessage(const QJsonParseError &error)
{
    switch (error.error) {
    case QJsonParseError::IllegalNumber:
        return QStringLiteral("invalid number (numbers must be finite, e.g. not 1e400)");
    case QJsonParseError::DeepNesting:
        return QStringLiteral("nested deeper than 1024 levels");
    case QJsonParseError::UnterminatedObject:
        return QStringLiteral("unterminated object (missing '}' or ',')");
    case QJsonParseError::UnterminatedArray:
        return QStringLiteral("unterminated array (missing ']' or ',')");
    default:
        return error.errorString();
    }
}

QString typeName(const QJsonDocument &doc)
{
    if (doc.isArray())
        return QStringLiteral("a list");
    return QStringLiteral("a plain value");
}

// Checks "format" and "version" and migrates; nothing else can be read without them.
Result<QJsonObject> readEnvelope(QJsonObject root)
{
    const QString expected = ProjectJson::formatName();
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.toString() != expected || !format.isString())
        return Result<QJsonObject>::failure(
            format.isUndefined()
                ? QStringLiteral("format: missing; a project file has \"format\": \"%1\"")
                      .arg(expected)
                : QStringLiteral(
                      "format: must be \"%1\", got %2; this is not a Volnux project file")
                      .arg(expected, config::describeValue(format.toVariant())));
    const QJsonValue version = root.value(QStringLiteral("version"));
    const auto v = config::toInteger(version.toVariant(), ProjectMigration::oldestVersion(),
                                     std::numeric_limits<int>::max());
    if (!v)
        return Result<QJsonObject>::failure(
            version.isUndefined() ? QStringLiteral("version: missing; this build writes version %1")
                                        .arg(Project::kFormatVersion)
                                  : QStringLiteral("version: must be an integer >= %1, got %2")
                                        .arg(ProjectMigration::oldestVersion())
                                        .arg(config::describeValue(version.toVariant())));
    if (*v > Project::kFormatVersion)
        return Result<QJsonObject>::failure(
            QStringLiteral("version: written by a newer Volnux Studio: version %1, this build "
                           "reads up to %2")
                .arg(*v)
                .arg(Project::kFormatVersion));
    return ProjectMigration::migrate(std::move(root), int(*v));
}

Result<QJsonObject> readDocument(QByteArray json)
{
    auto fail = [](const QStringList &problems) { return Result<QJsonObject>::failure(problems); };
    if (json.trimmed().isEmpty())
        return fail({JsonText::locate(json, 0) +
                     QStringLiteral(": empty file; a project file is a JSON object starting "
                                    "with \"format\": \"volnux-project\"")});
    if (const QStringList bad = JsonText::utf8Problems(json); !bad.isEmpty())
        return fail(bad);
    // Qt's parser reads only an object or a list at the top; anything else would be reported as
    // a syntax error ("illegal value") rather than as the wrong kind of document.
    if (const QByteArray text = json.trimmed();
        !text.startsWith('{') && !text.startsWith('[') && !text.startsWith("\xEF\xBB\xBF"))
        return fail({QStringLiteral(
            "top level: must be a JSON object (a project), got a plain value or text")});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail({JsonText::locate(json, error.offset) +
                     QStringLiteral(": JSON syntax error: ") + syntaxMessage(error)});
    if (!doc.isObject())
        return fail(
            {QStringLiteral("top level: must be a JSON object (a project), got ") + typeName(doc)});
    if (const QStringList duplicates = JsonText::duplicateKeys(json); !duplicates.isEmpty())
        return fail(duplicates);
    return readEnvelope(doc.object());
}

// A hostile file can hold a problem per byte (200,000 unknown keys): the first ones are listed,
// then how many more there are, so the report stays readable and its size bounded.
constexpr qsizetype kMaxProblems = 100;

QStringList prefixed(const QStringList &problems, const QString &path)
{
    // A file name can hold control characters too.
    const QString sourceName = UserText::escaped(path);
    QStringList out;
    for (const QString &problem : problems.mid(0, kMaxProblems))
        out << (sourceName.isEmpty() ? problem : sourceName + QStringLiteral(": ") + problem);
    if (problems.size() > kMaxProblems)
        out << (sourceName.isEmpty() ? QString() : sourceName + QStringLiteral(": ")) +
                   JsonText::andMore(problems.size() - kMaxProblems, QStringLiteral("problems"));
    return out;
}

QStringList eventParamOrder(const QString &path)
{
    if (path.isEmpty())
        return ProjectJson::rootKeys();
    if (path == QLatin1String("events[]"))
        return ProjectJson::eventKeys();
    if (path == QLatin1String("events[].params"))
        return KindSpec::allParamNames();
    if (path == QLatin1String("events[].executor_config"))
        return ExecutorInitializerConfig::keys();
    if (path == QLatin1String("events[].retry_policy"))
        return RetryPolicy::keys();
    return {};
}

QStringList eventNames(const Project &project)
{
    QStringList names;
    for (const EventDefinition &event : project.events)
        names << event.name;
    return names;
}

// The pipeline is checked at load time, never mid-run: its errors are load errors, located by
// line and column with the caret picture under them.
Result<std::shared_ptr<const PipelineGraph>> parsePipeline(const Project &project)
{
    using R = Result<std::shared_ptr<const PipelineGraph>>;
    if (!project.pipeline)
        return R(nullptr);
    PipelineError error;
    Result<PipelineGraph> graph =
        PointyParser::parse(*project.pipeline, eventNames(project), &error);
    if (!graph)
        return R::failure(QStringLiteral("pipeline: ") + error.formatted());
    return R(std::make_shared<const PipelineGraph>(std::move(graph.value())));
}

bool isRelativePath(const QString &path)
{
    return !path.isEmpty() && QDir::isRelativePath(path);
}

// A path written in the project is relative to the project file's folder, as a user reading the
// file expects, and not to whatever directory the run was started from. Returns the problems.
QStringList anchorPaths(QVariantMap &params, const QString &kind, const QString &base,
                        const QString &where)
{
    QStringList problems;
    auto anchor = [&](const QString &key, const QString &against) {
        const QString value = params.value(key).toString();
        if (!isRelativePath(value))
            return;
        if (against.isEmpty()) {
            problems << config::qualified(where, key) +
                            QStringLiteral(": the relative path %1 needs a saved project; it is "
                                           "taken relative to the project file's folder")
                                .arg(config::describeValue(value));
            return;
        }
        params.insert(key, QDir::cleanPath(QDir(against).absoluteFilePath(value)));
    };
    if (kind == QLatin1String("command")) {
        anchor(QStringLiteral("cwd"), base);
        // A program path is relative to its working directory when one is given (as after a
        // cd in a shell), which is itself now absolute; a bare name is searched in PATH.
        const QString cwd = params.value(QStringLiteral("cwd")).toString();
        // A cwd still relative could not be anchored, which is reported already.
        if (params.value(QStringLiteral("program")).toString().contains(QLatin1Char('/')) &&
            !isRelativePath(cwd))
            anchor(QStringLiteral("program"), cwd.isEmpty() ? base : cwd);
    } else if (kind == QLatin1String("plugin")) {
        // A bare library name is looked for in the plugin directories only (PluginLibraries).
        if (params.value(QStringLiteral("library")).toString().contains(QLatin1Char('/')))
            anchor(QStringLiteral("library"), base);
    }
    return problems;
}

} // namespace

Result<Project> ProjectFile::load(const QString &path)
{
    const Result<QByteArray> bytes = read(path);
    if (!bytes)
        return Result<Project>::failure(bytes.errors());
    return parse(*bytes, path);
}

Result<QByteArray> ProjectFile::read(const QString &path)
{
    // Only a regular file: a FIFO would block the open (or the read) forever, and a device such
    // as /dev/zero has no end.
    QFile file;
    if (QString error; !FileKind::openRegularForReading(file, path, &error))
        return Result<QByteArray>::failure(
            QStringLiteral("%1: cannot open: %2").arg(UserText::escaped(path), error));
    // Read at most one byte past the limit, should the file grow while it is read; in pieces,
    // since read(limit) would allocate the whole limit (64 MB) for a file of a few kilobytes.
    QByteArray bytes;
    if (file.size() <= kMaxFileSize) {
        bytes.reserve(file.size() + 1);
        constexpr qint64 kPiece = 1 << 20;
        while (bytes.size() <= kMaxFileSize) {
            const QByteArray piece = file.read(std::min(kPiece, kMaxFileSize + 1 - bytes.size()));
            if (piece.isEmpty())
                break;
            bytes += piece;
        }
    }
    if (file.size() > kMaxFileSize || bytes.size() > kMaxFileSize)
        return Result<QByteArray>::failure(
            QStringLiteral("%1: too large (%2 bytes); a project file is at most %3 bytes")
                .arg(UserText::escaped(path),
                     file.size() > kMaxFileSize ? QString::number(file.size())
                                                : QStringLiteral("more than %1").arg(kMaxFileSize))
                .arg(kMaxFileSize));
    return bytes;
}

Result<Project> ProjectFile::parse(const QByteArray &json, const QString &sourceName)
{
    const Result<QJsonObject> root = readDocument(json);
    if (!root)
        return Result<Project>::failure(prefixed(root.errors(), sourceName));
    Result<Project> project = ProjectJson::fromJson(*root);
    if (!project)
        return Result<Project>::failure(prefixed(project.errors(), sourceName));
    if (const auto pipeline = parsePipeline(*project); !pipeline)
        return Result<Project>::failure(prefixed(pipeline.errors(), sourceName));
    return project;
}

QStringList ProjectFile::validate(const Project &project)
{
    QStringList problems = ProjectJson::fromJson(ProjectJson::toJson(project)).errors();
    if (problems.isEmpty())
        problems << parsePipeline(project).errors();
    return problems;
}

QStringList ProjectFile::warnings(const Project &project)
{
    return ProjectJson::warnings(project);
}

QByteArray ProjectFile::serialize(const Project &project)
{
    return JsonWriter::write(ProjectJson::toJson(project), eventParamOrder);
}

Result<bool> ProjectFile::save(const Project &project, const QString &path)
{
    // A file we write must load again: an invalid project is refused, not saved.
    if (const QStringList problems = validate(project); !problems.isEmpty())
        return Result<bool>::failure(prefixed(problems, path));
    QSaveFile file(path);
    const QByteArray bytes = serialize(project);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Result<bool>::failure(
            QStringLiteral("%1: cannot save: %2").arg(path, file.errorString()));
    return true;
}

Result<RunSpec> ProjectFile::toRunSpec(const Project &project, const QString &projectPath)
{
    if (const QStringList problems = validate(project); !problems.isEmpty())
        return Result<RunSpec>::failure(problems);
    const QString base =
        projectPath.isEmpty() ? QString() : QFileInfo(projectPath).absoluteDir().absolutePath();
    RunSpec spec;
    QStringList problems;
    for (qsizetype i = 0; i < project.events.size(); ++i) {
        const EventDefinition &event = project.events.at(i);
        EventSpec e;
        e.name = event.name;
        e.eventType = event.kind;
        e.params = event.params;
        problems << anchorPaths(e.params, event.kind, base,
                                QStringLiteral("events[%1].params").arg(i));
        e.inputs = event.taskInputs();
        e.options.executor = event.executor.value_or(ExecutorNames::DefaultExecutor);
        e.options.executor_config = event.executor_config.value_or(ExecutorInitializerConfig());
        e.options.retry_policy = event.retry_policy;
        e.options.evaluation = event.evaluation.value_or(Evaluation());
        e.options.stop_on_exception = event.stop_on_exception.value_or(false);
        e.options.timeout_ms = event.timeout_ms;
        spec.events << e;
    }
    if (!problems.isEmpty())
        return Result<RunSpec>::failure(problems);
    spec.pipeline = *parsePipeline(project);
    spec.cluster = project.cluster;
    return spec;
}

} // namespace volnux
