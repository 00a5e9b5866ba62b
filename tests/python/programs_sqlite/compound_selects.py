# UNION, UNION ALL, INTERSECT and EXCEPT.
import sqlite3

con = sqlite3.connect(":memory:")
con.executescript("""
CREATE TABLE club_a (name TEXT);
CREATE TABLE club_b (name TEXT);
INSERT INTO club_a VALUES ('zoe'), ('mia'), ('leo'), ('mia'), ('ada');
INSERT INTO club_b VALUES ('leo'), ('sam'), ('ada'), ('bo');
""")
for sql in [
    "SELECT name FROM club_a UNION SELECT name FROM club_b",
    "SELECT name FROM club_a UNION ALL SELECT name FROM club_b",
    "SELECT name FROM club_a INTERSECT SELECT name FROM club_b",
    "SELECT name FROM club_a EXCEPT SELECT name FROM club_b",
    "SELECT name FROM club_b EXCEPT SELECT name FROM club_a ORDER BY name DESC",
    "SELECT name, 'a' AS club FROM club_a UNION SELECT name, 'b' FROM club_b ORDER BY club, name",
    "SELECT name FROM club_a UNION ALL SELECT name FROM club_b ORDER BY 1 LIMIT 3",
    "SELECT 3 UNION SELECT 1 UNION SELECT 2",
    "SELECT 1, 'x' UNION ALL SELECT 2, 'y' UNION SELECT 1, 'x'",
    "VALUES (1, 'one'), (2, 'two')",
    "SELECT count(*) FROM (SELECT name FROM club_a UNION SELECT name FROM club_b)",
]:
    cur = con.execute(sql)
    print(sql)
    print("   ", [d[0] for d in cur.description], cur.fetchall())
for bad in ["SELECT name FROM club_a UNION SELECT name, name FROM club_b",
            "SELECT name FROM club_a UNION SELECT name FROM club_b ORDER BY nosuch"]:
    try:
        con.execute(bad)
    except sqlite3.OperationalError as e:
        print("OperationalError:", e)
