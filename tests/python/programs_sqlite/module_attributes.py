# Module-level attributes of sqlite3.
import sqlite3

print(sqlite3.sqlite_version, sqlite3.sqlite_version_info)
print(sqlite3.paramstyle, sqlite3.apilevel)
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES)
print(sqlite3.Row.__name__, sqlite3.Connection.__name__, sqlite3.Cursor.__name__)
print(sqlite3.Error.__module__, sqlite3.IntegrityError.__module__)
print(sqlite3.complete_statement("SELECT 1;"), sqlite3.complete_statement("SELECT 1"),
      sqlite3.complete_statement("SELECT 'a;'"), sqlite3.complete_statement("SELECT 'a;';"))
con = sqlite3.connect(":memory:")
print(isinstance(con, sqlite3.Connection), isinstance(con.cursor(), sqlite3.Cursor))
print(con.isolation_level == "", con.in_transaction, con.total_changes, con.row_factory, con.text_factory is str)
print(con.Error is sqlite3.Error, con.IntegrityError is sqlite3.IntegrityError)
print(con.execute("SELECT sqlite_version()").fetchone()[0] == sqlite3.sqlite_version)
print(sqlite3.Binary(b"ab").tobytes(), sqlite3.Date(2024, 1, 2), sqlite3.Timestamp(2024, 1, 2, 3, 4, 5))
for level in [None, "DEFERRED", "IMMEDIATE", "EXCLUSIVE", ""]:
    con.isolation_level = level
    print(repr(con.isolation_level))
try:
    con.isolation_level = "SOMETIMES"
except ValueError as e:
    print("ValueError:", e)
