// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The run store's schema (docs/run-store.md): its version, how a file is recognised as a run
// store, and the steps that create it or bring an older one up to date. Used by RunStore::open.

#include <QString>

namespace volnux {

class SqliteDatabase;

class RunStoreSchema
{
public:
    static constexpr int kVersion = 2;
    // PRAGMA application_id of a run store: "VxRS".
    static constexpr int kApplicationId = 0x56785253;

    // Reads only: why `db` cannot be used as a run store (not SQLite, damaged, another
    // program's database, a newer schema), or an empty string. Nothing is written before this
    // says yes, so a file that is not ours is never touched.
    static QString check(SqliteDatabase &db);
    // Creates the schema in an empty database or migrates an older one. Returns an empty string
    // or the reason it failed.
    static QString prepare(SqliteDatabase &db);

    // Creates the schema as it was at `version` (1..kVersion) in an empty database, with our
    // application id: what create() does at kVersion, and how tests build older stores.
    static bool createAt(SqliteDatabase &db, int version);

private:
    static bool migrate(SqliteDatabase &db, int from, int to);
};

} // namespace volnux
