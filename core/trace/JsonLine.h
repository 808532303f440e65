// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds one compact JSON object with its keys in the order they are added (trace formats are
// contracts: tools and people read them in a fixed shape). A value type.

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace volnux {

class JsonLine
{
public:
    JsonLine &add(const char *key, const QString &value);
    JsonLine &add(const char *key, double value);
    JsonLine &add(const char *key, int value) { return add(key, double(value)); }
    JsonLine &add(const char *key, qint64 value) { return add(key, double(value)); }
    JsonLine &add(const char *key, bool value);
    JsonLine &addNull(const char *key);
    JsonLine &addRaw(const char *key, const QByteArray &json);
    // Any QVariant as JSON (strings, numbers, lists, maps; invalid as null).
    JsonLine &addVariant(const char *key, const QVariant &value);
    QByteArray toJson() const { return m_text + '}'; }

private:
    void key(const char *name);
    QByteArray m_text = "{";
};

} // namespace volnux
