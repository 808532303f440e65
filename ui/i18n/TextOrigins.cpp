// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextOrigins.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QMutexLocker>
#include <QObject>

namespace volnux {

void TextOrigins::record(const QString &text, const Origin &origin)
{
    if (text.isEmpty())
        return;
    const QMutexLocker lock(&m_mutex);
    QList<Origin> &origins = m_origins[text];
    for (const Origin &known : std::as_const(origins))
        if (known.context == origin.context && known.source == origin.source &&
            known.disambiguation == origin.disambiguation)
            return;
    origins << origin;
}

QList<TextOrigins::Origin> TextOrigins::find(const QString &text) const
{
    const QMutexLocker lock(&m_mutex);
    return m_origins.value(text);
}

QString TextOrigins::translatedAgain(const QString &text, const QObject *owner) const
{
    if (text.isEmpty())
        return text;
    const QList<Origin> origins = find(text);
    if (origins.isEmpty())
        return text;
    const Origin &origin = closest(origins, owner);
    return QCoreApplication::translate(
        origin.context.constData(), origin.source.constData(),
        origin.disambiguation.isEmpty() ? nullptr : origin.disambiguation.constData());
}

const TextOrigins::Origin &TextOrigins::closest(const QList<Origin> &origins, const QObject *owner)
{
    if (origins.size() > 1)
        for (const QObject *object = owner; object; object = object->parent())
            for (const QMetaObject *type = object->metaObject(); type; type = type->superClass())
                for (const Origin &origin : origins)
                    if (origin.context == type->className())
                        return origin;
    return origins.last();
}

} // namespace volnux
