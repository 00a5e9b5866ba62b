# NULL in tables: comparisons, aggregates, sorting, DISTINCT, IS and COALESCE.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE m (id INTEGER PRIMARY KEY, score INTEGER, tag TEXT)")
con.executemany("INSERT INTO m (score, tag) VALUES (?, ?)",
                [(5, "a"), (None, "b"), (3, None), (None, None), (5, "a"), (8, "c")])


def q(sql):
    print("%-62s %s" % (sql, con.execute(sql).fetchall()))


q("SELECT id FROM m WHERE score = NULL")
q("SELECT id FROM m WHERE score IS NULL")
q("SELECT id FROM m WHERE score IS NOT NULL AND tag IS NOT NULL")
q("SELECT id FROM m WHERE score <> 5")
q("SELECT id FROM m WHERE NOT (score > 4)")
q("SELECT id FROM m WHERE score > 4 OR tag = 'b'")
q("SELECT COUNT(*), COUNT(score), COUNT(tag), SUM(score), AVG(score) FROM m")
q("SELECT DISTINCT score FROM m")
q("SELECT DISTINCT tag, score FROM m ORDER BY tag")
q("SELECT score, COUNT(*) FROM m GROUP BY score")
q("SELECT id, COALESCE(score, -1), IFNULL(tag, '?') FROM m")
q("SELECT id, score IS 5, score IS NOT 5, score = 5 FROM m")
q("SELECT score FROM m ORDER BY score DESC")
q("SELECT id FROM m WHERE tag IN ('a', NULL)")
q("SELECT id FROM m WHERE tag NOT IN ('a', NULL)")
q("SELECT MAX(score), MIN(tag), GROUP_CONCAT(tag) FROM m")
q("SELECT NULL || 'x', NULL + 1, length(NULL), upper(NULL), NULL = NULL")
q("SELECT id, score FROM m WHERE score BETWEEN 3 AND 5")
