// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonLine.h"

#include "core/project/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

namespace volnux {

void JsonLine::key(const char *name)
{
    if (m_text.size() > 1)
        m_text += ',';
    m_text += '"';
    m_text += name;
    m_text += "\":";
}

JsonLine &JsonLine::add(const char *name, const QString &value)
{
    key(name);
    m_text += JsonWriter::quoted(value);
    return *this;
}

JsonLine &JsonLine::add(const char *name, double value)
{
    key(name);
    // Times are rounded to microseconds: enough for a trace, and lines stay short.
    m_text += std::isfinite(value) ? JsonWriter::number(std::round(value * 1000) / 1000)
                                   : QByteArray("null");
    return *this;
}

JsonLine &JsonLine::add(const char *name, bool value)
{
    key(name);
    m_text += value ? "true" : "false";
    return *this;
}

JsonLine &JsonLine::addNull(const char *name)
{
    key(name);
    m_text += "null";
    return *this;
}

JsonLine &JsonLine::addRaw(const char *name, const QByteArray &json)
{
    key(name);
    m_text += json;
    return *this;
}

JsonLine &JsonLine::addVariant(const char *name, const QVariant &value)
{
    const QJsonValue json = QJsonValue::fromVariant(value);
    if (json.isArray())
        return addRaw(name, QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact));
    if (json.isObject())
        return addRaw(name, QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    if (json.isString())
        return add(name, json.toString());
    if (json.isDouble())
        return add(name, json.toDouble());
    if (json.isBool())
        return add(name, json.toBool());
    return addNull(name);
}

} // namespace volnux
