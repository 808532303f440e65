// SPDX-License-Identifier: GPL-3.0-or-later
#include "KindParams.h"

#include "core/UserText.h"
#include "core/errors/ErrorTypes.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <climits>
#include <cmath>

namespace volnux {

namespace {
bool isAbsent(const QVariant &value)
{
    return !value.isValid() || value.isNull();
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}
} // namespace

std::optional<qint64> KindParams::toInteger(const QVariant &value)
{
    if (!isNumber(value))
        return std::nullopt;
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
        const double d = value.toDouble();
        // JSON numbers may arrive as doubles; accept them only when integral and in range.
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e15)
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    if (value.typeId() == QMetaType::ULongLong && value.toULongLong() > quint64(LLONG_MAX))
        return std::nullopt;
    return value.toLongLong();
}

QString KindParams::describe(const QVariant &value)
{
    if (isAbsent(value))
        return QStringLiteral("null");
    const QJsonValue json = QJsonValue::fromVariant(value);
    if (json.isString())
        return UserText::quoted(json.toString());
    if (json.isArray() || json.isObject())
        return UserText::escaped(
            QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact)),
            UserText::kMaxQuoted);
    return UserText::escaped(value.toString(), UserText::kMaxQuoted);
}

void KindParams::fail(const QString &key, const QString &what) const
{
    throw Error(ErrorNames::ValueError, key + QStringLiteral(": ") + what +
                                            QStringLiteral(", got ") + describe(value(key)));
}

std::optional<qint64> KindParams::optionalInteger(const QString &key, qint64 min, qint64 max) const
{
    const QVariant v = value(key);
    if (isAbsent(v))
        return std::nullopt;
    const auto n = toInteger(v);
    if (!n || *n < min || *n > max) {
        fail(key, QStringLiteral("must be an integer between %1 and %2").arg(min).arg(max));
    }
    return n;
}

qint64 KindParams::integer(const QString &key, qint64 fallback, qint64 min, qint64 max) const
{
    return optionalInteger(key, min, max).value_or(fallback);
}

double KindParams::number(const QString &key, double fallback, double min, double max) const
{
    const QVariant v = value(key);
    if (isAbsent(v))
        return fallback;
    const double d = v.toDouble();
    if (!isNumber(v) || !std::isfinite(d) || d < min || d > max)
        fail(key, QStringLiteral("must be a number between %1 and %2").arg(min).arg(max));
    return d;
}

QString KindParams::string(const QString &key, const QString &fallback) const
{
    const QVariant v = value(key);
    if (isAbsent(v))
        return fallback;
    if (v.typeId() != QMetaType::QString)
        fail(key, QStringLiteral("must be a string"));
    return v.toString();
}

bool KindParams::boolean(const QString &key, bool fallback) const
{
    const QVariant v = m_params.value(key);
    if (isAbsent(v))
        return fallback;
    if (v.typeId() != QMetaType::Bool)
        fail(key, QStringLiteral("must be true or false"));
    return v.toBool();
}

QString KindParams::requiredString(const QString &key) const
{
    const QString s = string(key);
    if (s.isEmpty())
        fail(key, QStringLiteral("is required and must be a non-empty string"));
    return s;
}

QStringList KindParams::stringList(const QString &key) const
{
    const QVariant v = value(key);
    if (isAbsent(v))
        return {};
    if (v.typeId() != QMetaType::QVariantList && v.typeId() != QMetaType::QStringList)
        fail(key, QStringLiteral("must be a list of strings"));
    QStringList list;
    for (const QVariant &item : v.toList()) {
        if (item.typeId() != QMetaType::QString)
            fail(key, QStringLiteral("must be a list of strings"));
        list.append(item.toString());
    }
    return list;
}

QMap<QString, QString> KindParams::stringMap(const QString &key) const
{
    const QVariant v = value(key);
    if (isAbsent(v))
        return {};
    if (v.typeId() != QMetaType::QVariantMap)
        fail(key, QStringLiteral("must be an object of strings"));
    QMap<QString, QString> map;
    const QVariantMap source = v.toMap();
    for (auto it = source.cbegin(); it != source.cend(); ++it) {
        if (it.value().typeId() != QMetaType::QString)
            fail(key, QStringLiteral("must be an object of strings (%1 is not)")
                          .arg(UserText::quoted(it.key())));
        map.insert(it.key(), it.value().toString());
    }
    return map;
}

} // namespace volnux
