# CROSS JOIN, comma joins, USING, NATURAL JOIN, LEFT JOIN with conditions, and t.* columns.
import sqlite3

con = sqlite3.connect(":memory:")
con.executescript("""
CREATE TABLE colors (id INTEGER PRIMARY KEY, color TEXT);
CREATE TABLE sizes (id INTEGER PRIMARY KEY, size TEXT);
CREATE TABLE stock (color_id INTEGER, size_id INTEGER, qty INTEGER);
INSERT INTO colors (color) VALUES ('red'), ('green'), ('blue');
INSERT INTO sizes (size) VALUES ('S'), ('M');
INSERT INTO stock VALUES (1, 1, 5), (1, 2, 0), (3, 2, 7);
""")


def show(sql):
    cur = con.execute(sql)
    print(sql)
    print("   ", [d[0] for d in cur.description])
    for row in cur:
        print("   ", row)


show("SELECT color, size FROM colors CROSS JOIN sizes")
show("SELECT c.color, s.size FROM colors c, sizes s WHERE c.id = s.id")
show("""SELECT c.color, s.size, IFNULL(st.qty, 0) AS qty FROM colors c CROSS JOIN sizes s
        LEFT JOIN stock st ON st.color_id = c.id AND st.size_id = s.id ORDER BY c.color, s.size""")
show("SELECT c.*, st.qty FROM colors c INNER JOIN stock st ON st.color_id = c.id WHERE st.qty > 0")
con.execute("CREATE TABLE a (k INTEGER, va TEXT)")
con.execute("CREATE TABLE b (k INTEGER, vb TEXT)")
con.executemany("INSERT INTO a VALUES (?, ?)", [(1, "a1"), (2, "a2"), (3, "a3")])
con.executemany("INSERT INTO b VALUES (?, ?)", [(2, "b2"), (3, "b3"), (4, "b4")])
show("SELECT * FROM a JOIN b USING (k)")
show("SELECT * FROM a NATURAL JOIN b")
show("SELECT k, va, vb FROM a LEFT JOIN b USING (k)")
show("SELECT a.k, b.k FROM a LEFT OUTER JOIN b ON a.k = b.k WHERE b.k IS NULL")
show("SELECT * FROM a, b WHERE a.k + 1 = b.k")
try:
    con.execute("SELECT k FROM a, b")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
