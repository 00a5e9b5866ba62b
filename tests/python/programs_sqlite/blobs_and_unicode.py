# BLOBs, Unicode text, and large numbers round-trip through sqlite3.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE files (name TEXT, data BLOB, size INTEGER)")
payloads = [("empty", b""), ("bytes", bytes(range(8))), ("text", "héllo wörld ✓".encode("utf-8")),
            ("bytearray", bytearray(b"\xff\xfe")), ("memoryview", memoryview(b"mv"))]
for name, data in payloads:
    con.execute("INSERT INTO files VALUES (?, ?, ?)", (name, data, len(data)))
for row in con.execute("SELECT name, data, typeof(data), length(data), hex(data), size FROM files"):
    print(row)
print(con.execute("SELECT x'CAFE' = ?, x'cafe'", (b"\xca\xfe",)).fetchone())
con.execute("CREATE TABLE words (w TEXT)")
words = ["naïve", "Ωmega", "日本語", "emoji 🎉", "ÄBC", "abc"]
con.executemany("INSERT INTO words VALUES (?)", [(w,) for w in words])
for row in con.execute("SELECT w, length(w), upper(w), lower(w), substr(w, 2, 2) FROM words ORDER BY w"):
    print(row)
print(con.execute("SELECT w FROM words WHERE w LIKE 'äbc'").fetchall(), con.execute("SELECT w FROM words WHERE w LIKE 'ABC'").fetchall())
big = [0, -1, 2 ** 31, 2 ** 62, -(2 ** 63), 2 ** 63 - 1, 1.5e300, -0.0, 1e-10, 3.141592653589793]
for v in big:
    back = con.execute("SELECT ?, typeof(?)", (v, v)).fetchone()
    print(repr(v), back, back[0] == v)
print(con.execute("SELECT 123456789012345678 * 10, 123456789012345678 * 100").fetchone())
print(con.execute("SELECT 1e15 || '', 123456789.123456789 || '', 1.0e-5 || '', 100000000000000000000.0 || ''").fetchone())
