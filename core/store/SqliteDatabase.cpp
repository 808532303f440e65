// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SqliteDatabase.h"

#include <sqlite3.h>

namespace volnux {

namespace {

QString describe(int code, const char *message)
{
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        return QStringLiteral("it is not a SQLite database");
    case SQLITE_CORRUPT:
        return QStringLiteral("the database is damaged (%1)").arg(QString::fromUtf8(message));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("it is locked by another process");
    case SQLITE_READONLY:
        return QStringLiteral("it is read-only");
    case SQLITE_FULL:
        return QStringLiteral("the disk is full");
    case SQLITE_CANTOPEN:
        return QStringLiteral("it cannot be opened (%1)").arg(QString::fromUtf8(message));
    default:
        return QString::fromUtf8(message);
    }
}

} // namespace

SqliteDatabase::~SqliteDatabase()
{
    close();
}

bool SqliteDatabase::open(const QString &path, Mode mode, int busyTimeoutMs)
{
    close();
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (mode == Mode::ReadWriteCreate)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        m_errorCode = rc;
        m_error = describe(rc, m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
    return true;
}

void SqliteDatabase::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool SqliteDatabase::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    takeError();
    return false;
}

qint64 SqliteDatabase::scalar(const char *sql)
{
    SqliteStatement statement = prepare(sql);
    if (!statement.isValid()) {
        takeError();
        return 0;
    }
    const int rc = statement.step();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        takeError();
    return rc == SQLITE_ROW ? statement.int64(0) : 0;
}

qint64 SqliteDatabase::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

void SqliteDatabase::takeError()
{
    m_errorCode = sqlite3_extended_errcode(m_db);
    m_error = describe(m_errorCode, sqlite3_errmsg(m_db));
}

bool SqliteDatabase::isBusyError() const
{
    return (m_errorCode & 0xff) == SQLITE_BUSY || (m_errorCode & 0xff) == SQLITE_LOCKED;
}

} // namespace volnux
