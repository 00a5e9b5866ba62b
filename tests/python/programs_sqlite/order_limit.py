# ORDER BY (ASC/DESC, NULLs, aliases, positions, COLLATE NOCASE, expressions), LIMIT and OFFSET.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE scores (player TEXT, team TEXT, points INTEGER)")
con.executemany("INSERT INTO scores VALUES (?, ?, ?)", [
    ("ann", "red", 30), ("Bob", "blue", 25), ("cat", "red", None), ("Dan", "blue", 40),
    ("eve", None, 25), ("Fay", "red", 12), ("gus", "blue", None), ("Hal", "green", 33),
])


def show(sql):
    print(sql)
    print("   ", con.execute(sql).fetchall())


show("SELECT player FROM scores ORDER BY player")
show("SELECT player FROM scores ORDER BY player COLLATE NOCASE")
show("SELECT player FROM scores ORDER BY lower(player) DESC")
show("SELECT player, points FROM scores ORDER BY points")
show("SELECT player, points FROM scores ORDER BY points DESC")
show("SELECT player, points FROM scores ORDER BY points DESC NULLS LAST")
show("SELECT player, points FROM scores ORDER BY points NULLS LAST, player")
show("SELECT team, player FROM scores ORDER BY team, points DESC")
show("SELECT player AS p, points * 2 AS double FROM scores ORDER BY double DESC, p LIMIT 3")
show("SELECT player, points FROM scores ORDER BY 2 DESC, 1 LIMIT 2 OFFSET 1")
show("SELECT player FROM scores ORDER BY points IS NULL, points LIMIT 4")
show("SELECT player FROM scores LIMIT 3")
show("SELECT player FROM scores LIMIT 2, 3")
show("SELECT player FROM scores ORDER BY player LIMIT -1 OFFSET 6")
show("SELECT player FROM scores ORDER BY CASE team WHEN 'red' THEN 0 ELSE 1 END, player")
show("SELECT DISTINCT team FROM scores ORDER BY team DESC")
show("SELECT team, COUNT(*) AS n FROM scores GROUP BY team ORDER BY n DESC, team")
show("SELECT player FROM scores WHERE points > 20 ORDER BY random() IS NULL, player")
for bad in ["SELECT player FROM scores ORDER BY 3", "SELECT player FROM scores ORDER BY 0", "SELECT player FROM scores LIMIT 'x'"]:
    try:
        show(bad)
    except sqlite3.Error as e:
        print("   ", type(e).__name__, e)
