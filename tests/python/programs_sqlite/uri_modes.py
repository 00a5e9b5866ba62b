# SQLite URIs: read-only files, private and shared in-memory databases.
import os, sqlite3, tempfile
path = os.path.join(tempfile.gettempdir(), "weft_sqlite_uri_%d.db" % os.getpid())
con = sqlite3.connect(path)
con.execute("CREATE TABLE IF NOT EXISTS t (x)")
con.execute("DELETE FROM t")
con.execute("INSERT INTO t VALUES (1)")
con.commit()
con.close()
ro = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
print(ro.execute("SELECT * FROM t").fetchall())
try:
    ro.execute("INSERT INTO t VALUES (2)")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
try:
    sqlite3.connect("file:nosuchfile_weft.db?mode=ro", uri=True)
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
mem = sqlite3.connect("file::memory:", uri=True)
print(mem.execute("SELECT 1").fetchone())
a = sqlite3.connect("file:memdb1?mode=memory&cache=shared", uri=True)
b = sqlite3.connect("file:memdb1?mode=memory&cache=shared", uri=True)
a.execute("CREATE TABLE s (v)")
a.execute("INSERT INTO s VALUES (42)")
a.commit()
print(b.execute("SELECT * FROM s").fetchall())
ro.close()
if os.path.exists(path):
    os.remove(path)
