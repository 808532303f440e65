// SPDX-License-Identifier: GPL-3.0-or-later
#include "VariantText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

namespace volnux {

QString variantToText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return QString();
    case QMetaType::QString:
        return value.toString();
    case QMetaType::Int: // task indices: the common case, without QVariant's conversion machinery
        return QString::number(*static_cast<const int *>(value.constData()));
    case QMetaType::LongLong:
        return QString::number(*static_cast<const qlonglong *>(value.constData()));
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash: {
        const QJsonValue json = QJsonValue::fromVariant(value);
        const QJsonDocument doc =
            json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    }
    default:
        return value.toString();
    }
}

} // namespace volnux
