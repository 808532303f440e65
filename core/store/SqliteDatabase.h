// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One SQLite connection (the sqlite3 C API: the run store writes millions of rows, and Qt Sql's
// per-value QVariant binding costs about four times as much per row; see bench_store).
// Owns the sqlite3 handle; used on one thread at a time.

#include "core/store/SqliteStatement.h"

#include <QString>

namespace volnux {

class SqliteDatabase
{
public:
    enum class Mode
    {
        ReadWriteCreate,
        ReadWrite
    };

    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Opens `path`; on failure returns false and error() says why in words a user understands.
    bool open(const QString &path, Mode mode, int busyTimeoutMs);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    bool exec(const char *sql); // statements without results; false on error
    SqliteStatement prepare(const char *sql) { return SqliteStatement(m_db, sql); }
    // The first column of the first row of `sql` (0 when none).
    qint64 scalar(const char *sql);
    qint64 lastInsertId() const;
    int changes() const;

    // The last error: its SQLite result code and a plain-words message.
    int errorCode() const { return m_errorCode; }
    const QString &error() const { return m_error; }
    // Reads the connection's last error (after a failed statement made elsewhere).
    void takeError();
    void clearError()
    {
        m_errorCode = 0;
        m_error.clear();
    }
    // Whether the last error means "someone else holds the lock".
    bool isBusyError() const;

private:
    sqlite3 *m_db = nullptr;
    int m_errorCode = 0;
    QString m_error;
};

} // namespace volnux
