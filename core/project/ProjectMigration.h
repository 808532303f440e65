// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Upgrades older project documents to the current format version, one explicit step per version,
// before they are read. Each step is a pure QJsonObject -> QJsonObject function; a document of
// version v goes through the steps from v up to Project::kFormatVersion in order. Thread-safe.

#include <QJsonObject>
#include <QList>

#include <functional>

namespace volnux {

struct MigrationStep
{
    int fromVersion = 0; // the step turns a document of this version into fromVersion + 1
    const char *description = "";
    std::function<QJsonObject(QJsonObject)> apply;
};

class ProjectMigration
{
public:
    // Ordered by fromVersion, one per version below the current one.
    static const QList<MigrationStep> &steps();
    static int oldestVersion();
    // Runs the steps from `version` on and stamps the current version. `version` must be
    // between oldestVersion() and Project::kFormatVersion.
    static QJsonObject migrate(QJsonObject document, int version);
};

} // namespace volnux
