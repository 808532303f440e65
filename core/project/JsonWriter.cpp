// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace volnux {

namespace {

constexpr int kIndent = 2;
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

struct Writer
{
    const JsonWriter::KeyOrder &order;
    QByteArray out;

    void value(const QJsonValue &v, const QString &path, int depth);
    void object(const QJsonObject &o, const QString &path, int depth);
    void array(const QJsonArray &a, const QString &path, int depth);
    void newline(int depth)
    {
        out += '\n';
        out += QByteArray(depth * kIndent, ' ');
    }
};

bool isPlain(const QJsonValue &v)
{
    return !v.isArray() && !v.isObject();
}

QStringList orderedKeys(const QJsonObject &o, const QStringList &preferred)
{
    QStringList keys;
    for (const QString &key : preferred) {
        if (o.contains(key))
            keys << key;
    }
    for (auto it = o.begin(); it != o.end(); ++it) { // QJsonObject iterates in sorted order
        if (!preferred.contains(it.key()))
            keys << it.key();
    }
    return keys;
}

void Writer::value(const QJsonValue &v, const QString &path, int depth)
{
    switch (v.type()) {
    case QJsonValue::Object:
        return object(v.toObject(), path, depth);
    case QJsonValue::Array:
        return array(v.toArray(), path, depth);
    case QJsonValue::String:
        out += JsonWriter::quoted(v.toString());
        return;
    case QJsonValue::Double:
        // Integers beyond 2^53 are kept as qint64 by QJsonValue: write them exactly.
        if (const QVariant n = v.toVariant(); n.typeId() == QMetaType::LongLong)
            out += QByteArray::number(n.toLongLong());
        else
            out += JsonWriter::number(v.toDouble());
        return;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        return;
    default:
        out += "null";
        return;
    }
}

void Writer::object(const QJsonObject &o, const QString &path, int depth)
{
    if (o.isEmpty()) {
        out += "{}";
        return;
    }
    const QStringList keys = orderedKeys(o, order ? order(path) : QStringList());
    out += '{';
    for (int i = 0; i < keys.size(); ++i) {
        newline(depth + 1);
        out += JsonWriter::quoted(keys[i]) + ": ";
        value(o.value(keys[i]), path.isEmpty() ? keys[i] : path + QLatin1Char('.') + keys[i],
              depth + 1);
        if (i + 1 < keys.size())
            out += ',';
    }
    newline(depth);
    out += '}';
}

void Writer::array(const QJsonArray &a, const QString &path, int depth)
{
    const QString itemPath = path + QStringLiteral("[]");
    const bool inline_ = std::all_of(a.begin(), a.end(), isPlain);
    out += '[';
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (inline_)
            out += i > 0 ? ", " : "";
        else
            newline(depth + 1);
        value(a.at(i), itemPath, depth + 1);
        if (!inline_ && i + 1 < a.size())
            out += ',';
    }
    if (!inline_ && !a.isEmpty())
        newline(depth);
    out += ']';
}

} // namespace

QByteArray JsonWriter::write(const QJsonValue &value, const KeyOrder &order)
{
    Writer writer{order, {}};
    writer.value(value, QString(), 0);
    writer.out += '\n';
    return writer.out;
}

QByteArray JsonWriter::number(double value)
{
    if (!std::isfinite(value))
        return "null"; // JSON has no infinity or NaN; validation reports such values first
    if (std::floor(value) == value && std::fabs(value) <= kMaxExactInteger)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray JsonWriter::quoted(const QString &text)
{
    QByteArray out;
    appendQuoted(out, text);
    return out;
}

void JsonWriter::appendQuoted(QByteArray &out, const QString &text)
{
    static const char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (uchar(c) < 0x20) {
                const char escaped[] = {
                    '\\', 'u', '0', '0', kHex[uchar(c) >> 4], kHex[uchar(c) & 15]};
                out.append(escaped, 6);
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace volnux
