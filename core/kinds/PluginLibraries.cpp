// SPDX-License-Identifier: GPL-3.0-or-later
#include "PluginLibraries.h"

#include "core/UserText.h"
#include "core/errors/ErrorTypes.h"
#include "core/kinds/EventPluginInterface.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QPluginLoader>
#include <QThread>

#include <mutex>

namespace volnux {

namespace {
using Factories = QMap<QString, EventFactory>;

class CollectingRegistrar final : public EventPluginRegistrar
{
public:
    void registerEvent(const QString &name, EventFactory factory) override
    {
        m_factories.insert(name, std::move(factory));
    }
    Factories take() { return std::move(m_factories); }

private:
    Factories m_factories;
};

struct Cache
{
    std::mutex mutex; // not QMutex: Qt is not built with TSan, which could not see it
    QHash<QString, std::shared_ptr<const Factories>> libraries; // by canonical path
};

Cache &cache()
{
    static Cache instance;
    return instance;
}

QString locate(const QString &library)
{
    if (library.contains(QChar(0)))
        throw Error(ErrorNames::ValueError,
                    QStringLiteral("plugin library path contains a NUL character"));
    // A path is taken as given; a bare name only in the plugin directories, never in the working
    // directory, where anyone's file of that name would otherwise be loaded and run.
    if (library.contains(QLatin1Char('/'))) {
        const QFileInfo direct(library);
        if (direct.isFile())
            return direct.canonicalFilePath();
    } else {
        for (const QString &dir : PluginLibraries::searchPaths()) {
            const QFileInfo candidate(QDir(dir).filePath(library));
            if (candidate.isFile())
                return candidate.canonicalFilePath();
        }
    }
    throw Error(ErrorNames::FileNotFoundError,
                QStringLiteral("plugin library not found: ") + UserText::escaped(library));
}

Factories load(const QString &path)
{
    QPluginLoader loader(path);
    QObject *root = loader.instance();
    if (!root)
        throw Error(ErrorNames::ValueError,
                    QStringLiteral("%1 is not a volnux plugin: %2")
                        .arg(UserText::quoted(path), UserText::escaped(loader.errorString())));
    auto *plugin = qobject_cast<EventPluginInterface *>(root);
    if (!plugin)
        throw Error(
            ErrorNames::ValueError,
            QStringLiteral("%1 is not a volnux plugin: its root object does not implement %2")
                .arg(UserText::quoted(path), QLatin1String(VolnuxEventPluginInterface_iid)));
    // The root object outlives the worker thread that happened to load it.
    if (auto *app = QCoreApplication::instance(); app && root->thread() == QThread::currentThread())
        root->moveToThread(app->thread());
    CollectingRegistrar registrar;
    plugin->registerEvents(registrar);
    return registrar.take();
}

std::shared_ptr<const Factories> factoriesOf(const QString &library)
{
    const QString path = locate(library);
    Cache &c = cache();
    std::lock_guard locker(c.mutex);
    if (auto it = c.libraries.constFind(path); it != c.libraries.constEnd())
        return *it;
    auto factories = std::make_shared<const Factories>(load(path));
    c.libraries.insert(path, factories);
    return factories;
}
} // namespace

QStringList PluginLibraries::searchPaths()
{
    // Empty and relative entries would mean the working directory: only absolute ones count.
    QStringList paths;
    for (const QString &dir :
         qEnvironmentVariable("VOLNUX_PLUGIN_PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        if (QDir::isAbsolutePath(dir))
            paths << dir;
    }
    if (QCoreApplication::instance())
        paths.append(QCoreApplication::applicationDirPath() + QStringLiteral("/../plugins"));
    return paths;
}

QStringList PluginLibraries::eventNames(const QString &library)
{
    return factoriesOf(library)->keys();
}

std::unique_ptr<EventBase> PluginLibraries::create(const QString &library, const QString &eventName)
{
    const auto factories = factoriesOf(library);
    const auto it = factories->constFind(eventName);
    if (it == factories->constEnd() || !*it)
        throw Error(ErrorNames::ValueError,
                    QStringLiteral("plugin %1 has no event %2 (it provides: %3)")
                        .arg(UserText::quoted(library), UserText::quoted(eventName),
                             UserText::escaped(factories->keys().join(QStringLiteral(", ")))));
    auto event = (*it)();
    if (!event)
        throw Error(ErrorNames::ValueError,
                    QStringLiteral("plugin %1 failed to create event %2")
                        .arg(UserText::quoted(library), UserText::quoted(eventName)));
    return event;
}

} // namespace volnux
