// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigField.h"

#include "core/UserText.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace volnux::config {

QString qualified(const QString &where, const QString &key)
{
    // A key is a user value too (an unknown or repeated key): escaped and cut like any other.
    const QString shown = UserText::escaped(key, UserText::kMaxQuoted);
    return where.isEmpty() ? shown : where + QLatin1Char('.') + shown;
}

QString describeValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("null");
    switch (value.typeId()) {
    case QMetaType::QString:
        return UserText::quoted(value.toString());
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return QStringLiteral("a list");
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return QStringLiteral("an object");
    default:
        break;
    }
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (ok) {
        // Whole numbers as written (100000, not 1e+05); others in the fewest digits that read
        // back the same (0.1, not 0.10000000000000001).
        if (std::isfinite(d) && d == std::trunc(d) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    return UserText::escaped(value.toString(), UserText::kMaxQuoted);
}

static bool isNumeric(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Long:
    case QMetaType::ULong:
        return true;
    default:
        return false;
    }
}

std::optional<double> toNumber(const QVariant &value)
{
    if (!isNumeric(value))
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<qint64> toInteger(const QVariant &value, qint64 min, qint64 max)
{
    if (!isNumeric(value))
        return std::nullopt;
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || d < double(min) || d > double(max))
            return std::nullopt;
        return qint64(d);
    }
    bool ok = false;
    const qint64 v = value.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return v;
}

bool isString(const QVariant &value)
{
    return value.typeId() == QMetaType::QString;
}

} // namespace volnux::config
