import sqlite3
con = sqlite3.connect(":memory:")
print(con.execute("WITH RECURSIVE cnt(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM cnt WHERE x < 10) SELECT x FROM cnt").fetchall())
print(con.execute("WITH RECURSIVE fib(a, b) AS (SELECT 0, 1 UNION ALL SELECT b, a + b FROM fib LIMIT 12) SELECT group_concat(a, ' ') FROM fib").fetchall())
con.executescript("""CREATE TABLE org(name TEXT PRIMARY KEY, boss TEXT);
INSERT INTO org VALUES ('Alice', NULL), ('Bob', 'Alice'), ('Cindy', 'Alice'), ('Dave', 'Bob'), ('Emma', 'Bob'), ('Fred', 'Cindy'), ('Gail', 'Fred');""")
print(con.execute("""WITH RECURSIVE under_alice(name, level) AS (
  VALUES('Alice', 0)
  UNION ALL
  SELECT org.name, under_alice.level+1 FROM org JOIN under_alice ON org.boss=under_alice.name
) SELECT substr('..........', 1, level*3) || name FROM under_alice""").fetchall())
print(con.execute("WITH RECURSIVE c(n) AS (SELECT 1 UNION SELECT n % 3 + 1 FROM c) SELECT n FROM c").fetchall())
print(con.execute("WITH RECURSIVE dates(d) AS (SELECT '2024-01-30' UNION ALL SELECT date(d, '+1 day') FROM dates WHERE d < '2024-02-02') SELECT d FROM dates").fetchall())
