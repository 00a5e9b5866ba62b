# Thousands of rows: bulk insert with executemany, an index, aggregates and a self-join.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE reading (id INTEGER PRIMARY KEY, sensor INTEGER, value REAL)")
rows = [(i % 17, (i * 7919) % 1000 / 10.0) for i in range(5000)]
con.executemany("INSERT INTO reading (sensor, value) VALUES (?, ?)", rows)
con.commit()
print(con.execute("SELECT COUNT(*), ROUND(AVG(value), 3), MIN(value), MAX(value) FROM reading").fetchone())
con.execute("CREATE INDEX reading_sensor ON reading (sensor)")
for row in con.execute("""SELECT sensor, COUNT(*), ROUND(SUM(value), 1) FROM reading WHERE sensor < 4
                          GROUP BY sensor ORDER BY sensor"""):
    print(row)
print(con.execute("SELECT value, COUNT(*) FROM reading GROUP BY value ORDER BY COUNT(*) DESC, value LIMIT 3").fetchall())
print(con.execute("SELECT COUNT(*) FROM reading WHERE sensor = 5 AND value > 50").fetchone())
print(con.execute("""SELECT COUNT(*) FROM reading a JOIN reading b ON a.id + 1 = b.id
                     WHERE a.id <= 300 AND b.value > a.value""").fetchone())
con.execute("UPDATE reading SET value = value * 2 WHERE sensor = 3")
con.execute("DELETE FROM reading WHERE id % 10 = 0")
print(con.execute("SELECT COUNT(*), ROUND(TOTAL(value), 1) FROM reading").fetchone(), con.total_changes)
