// SPDX-License-Identifier: GPL-3.0-or-later
#include "Name.h"

#include <QHash>

#include <memory>
#include <mutex>

namespace volnux {

namespace {
struct NameTable
{
    std::mutex mutex;
    // The stored strings never move: each lives in its own allocation, owned by the table.
    QHash<QString, std::shared_ptr<const QString>> texts;
};

NameTable &table()
{
    static NameTable *names = new NameTable; // never destroyed: names outlive static records
    return *names;
}
} // namespace

Name::Name(const QString &text)
{
    if (text.isEmpty())
        return;
    NameTable &names = table();
    std::lock_guard lock(names.mutex);
    auto it = names.texts.constFind(text);
    if (it == names.texts.constEnd()) {
        // A deep copy: the interned text must not share data with a caller's string.
        it = names.texts.insert(text,
                                std::make_shared<const QString>(text.constData(), text.size()));
    }
    m_text = it.value().get();
}

const QString &Name::empty()
{
    static const QString none;
    return none;
}

} // namespace volnux
