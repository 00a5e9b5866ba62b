# iterdump() writes SQL that rebuilds a database; running it in a fresh connection copies the data.
import sqlite3

src = sqlite3.connect(":memory:")
src.executescript("""
CREATE TABLE "odd name" (id INTEGER PRIMARY KEY, "the value" TEXT, n REAL, b BLOB);
CREATE TABLE plain (k TEXT UNIQUE, v);
CREATE INDEX idx_v ON plain (v);
CREATE VIEW both_ AS SELECT k FROM plain;
INSERT INTO "odd name" ("the value", n, b) VALUES ('it''s', 1.5, x'00ff'), (NULL, 0.1, NULL), ('x', 1e100, x'');
INSERT INTO plain VALUES ('a', 1), ('b', 'two'), ('c', NULL);
""")
lines = list(src.iterdump())
for line in lines:
    print(line)
copy = sqlite3.connect(":memory:")
copy.executescript("\n".join(lines))
print(copy.execute('SELECT * FROM "odd name"').fetchall())
print(copy.execute("SELECT * FROM both_").fetchall())
print(copy.execute("SELECT quote(1.5), quote(0.1), quote(1e100), quote(-2.0), quote(1/3.0), quote(x'41')").fetchone())
