// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectMigration.h"

#include "core/project/Project.h"

namespace volnux {

namespace {

// Version 0 was the pre-release format: the event list was called "jobs". A document holding
// both keys keeps "jobs" so that the reader reports it as an unknown key rather than losing it.
QJsonObject renameJobsToEvents(QJsonObject document)
{
    const QString jobs = QStringLiteral("jobs");
    const QString events = QStringLiteral("events");
    if (document.contains(jobs) && !document.contains(events))
        document.insert(events, document.take(jobs));
    return document;
}

} // namespace

const QList<MigrationStep> &ProjectMigration::steps()
{
    static const QList<MigrationStep> list{
        {0, "the event list \"jobs\" is now called \"events\"", renameJobsToEvents},
    };
    return list;
}

int ProjectMigration::oldestVersion()
{
    return steps().isEmpty() ? Project::kFormatVersion : steps().first().fromVersion;
}

QJsonObject ProjectMigration::migrate(QJsonObject document, int version)
{
    for (const MigrationStep &step : steps()) {
        if (step.fromVersion >= version)
            document = step.apply(std::move(document));
    }
    document.insert(QStringLiteral("version"), Project::kFormatVersion);
    return document;
}

} // namespace volnux
