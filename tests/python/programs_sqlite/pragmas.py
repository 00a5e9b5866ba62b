# PRAGMA statements: settings, and lists of indexes, foreign keys, tables and databases.
import sqlite3
con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT UNIQUE, c REFERENCES t(a))")
con.execute("CREATE INDEX ib ON t(c)")
for p in ["journal_mode", "journal_mode = WAL", "synchronous", "synchronous = OFF", "user_version", "user_version = 7", "user_version",
          "encoding", "integrity_check", "quick_check", "index_list(t)", "index_info(ib)", "foreign_key_list(t)", "page_size", "cache_size",
          "table_list", "database_list", "case_sensitive_like = ON", "busy_timeout", "foreign_keys", "recursive_triggers", "nosuch", "count_changes"]:
    try:
        cur = con.execute("PRAGMA " + p)
        print(p, cur.description and [d[0] for d in cur.description], cur.fetchall())
    except sqlite3.Error as e:
        print(p, type(e).__name__, e)
