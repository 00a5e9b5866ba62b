# Mixed storage classes in one column: ordering, comparisons, aggregates and grouping.
import sqlite3
con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE t (k TEXT, v, n INTEGER)")
con.executemany("INSERT INTO t VALUES (?, ?, ?)", [("a", 1, 1), ("b", "2", 2), ("c", 2.5, 3), ("d", None, 4), ("e", b"x", 5), ("f", "abc", 6), ("g", 10, 7)])
for q in ["SELECT k, v FROM t ORDER BY v", "SELECT k FROM t WHERE v > 1", "SELECT k FROM t WHERE v = '2'", "SELECT k FROM t WHERE v = 2",
          "SELECT count(*) FROM t HAVING count(*) > 1", "SELECT max(v), min(v), sum(n) / count(*), avg(n), total(v) FROM t",
          "SELECT k FROM t WHERE k LIKE ? ", "SELECT (1, 2) = (1, 2)", "SELECT k FROM t WHERE (k, n) IN (SELECT k, n FROM t WHERE n < 3)",
          "SELECT n % 3 AS m, count(*) c FROM t GROUP BY m HAVING c > 1", "SELECT typeof(v), count(*) FROM t GROUP BY 1",
          "SELECT k, n FROM t WHERE n IN (SELECT n FROM t WHERE n > 5) OR k = 'a'", "SELECT group_concat(k, '') FROM (SELECT k FROM t ORDER BY k DESC)",
          "SELECT k FROM t ORDER BY n DESC LIMIT 1 OFFSET 2", "SELECT count(DISTINCT typeof(v)) FROM t", "SELECT 10 / 4, 10 / 4.0, 10 % 4, -10 / 4, 2.0 * 3",
          "SELECT coalesce(v, 'none') FROM t WHERE k = 'd'", "SELECT k || '-' || n AS label FROM t WHERE n BETWEEN 2 AND 4 ORDER BY label DESC",
          "SELECT sum(v) FROM t", "SELECT min(k), max(k) FROM t WHERE n > 100", "SELECT avg(v) FROM t", "SELECT round(avg(n), 2), round(7 / 3.0, 3), round(-1.5), round(2.345, 2)",
          "SELECT upper(k) AS K FROM t WHERE K = 'A'", "SELECT abs(n - 4) AS d, k FROM t ORDER BY d, k", "SELECT * FROM t WHERE k IN ('a') AND n IN (1)",
          "SELECT length(v), v FROM t WHERE typeof(v) = 'text'"]:
    try:
        params = ("%a%",) if "?" in q else ()
        cur = con.execute(q, params)
        print(q, [d[0] for d in cur.description], cur.fetchall())
    except sqlite3.Error as e:
        print(q, type(e).__name__, e)
