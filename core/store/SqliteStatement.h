// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One prepared SQLite statement: bind by position (1-based), step, read columns (0-based).
// Owns the sqlite3_stmt; used on the thread that owns its connection.

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace volnux {

class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, const char *sql); // check isValid() / error()
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    const QString &error() const { return m_error; }

    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, const QString &text);
    SqliteStatement &bind(int index, const QByteArray &bytes); // as a BLOB
    SqliteStatement &bindText(int index, const QByteArray &utf8);
    SqliteStatement &bindNull(int index);
    template <typename T> SqliteStatement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // SQLITE_ROW, SQLITE_DONE or an error code; resets nothing.
    int step();
    // Steps to the end (for statements that return no rows); false on error (see error()).
    bool run();
    void reset(); // ready to bind and step again; keeps the bindings

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

} // namespace volnux
