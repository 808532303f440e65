// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the project-file tests share: where the source tree is, and small projects to parse.

#include "core/project/ProjectFile.h"

#include <QByteArray>
#include <QDebug>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace volnux::test {

// A folder of the source tree: from CTest's VOLNUX_SOURCE_DIR, or else next to this file (a
// compiler cache may have made __FILE__, which QFINDTESTDATA reads, a relative path).
inline QString sourcePath(const char *relative)
{
    const QString root = qEnvironmentVariable("VOLNUX_SOURCE_DIR");
    if (!root.isEmpty())
        return root + QLatin1Char('/') + QLatin1String(relative);
    return QFileInfo(QStringLiteral(__FILE__)).absolutePath() + QStringLiteral("/../../") +
           QLatin1String(relative);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline QByteArray minimalFile(const QByteArray &eventJson)
{
    return R"({"format": "volnux-project", "version": 1, "name": "t", "events": [)" + eventJson +
           "]}";
}

inline Project parsed(const QByteArray &json)
{
    const auto result = ProjectFile::parse(json);
    if (!result)
        qWarning().noquote() << result.errorString();
    return result ? *result : Project{};
}

} // namespace volnux::test
