# Counting words of a text with GROUP BY, and a top-N report.
import re
import sqlite3

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE words (pos INTEGER PRIMARY KEY, word TEXT, line INTEGER)")
for lineno, line in enumerate(text.splitlines(), 1):
    con.executemany("INSERT INTO words (word, line) VALUES (?, ?)",
                    ((w, lineno) for w in re.findall(r"[A-Za-z]+", line)))
print("words:", con.execute("SELECT COUNT(*), COUNT(DISTINCT lower(word)) FROM words").fetchone())
for word, n in con.execute("""SELECT lower(word) AS w, COUNT(*) AS n FROM words GROUP BY w
                              ORDER BY n DESC, w LIMIT 6"""):
    print("%-8s %s" % (word, "#" * n))
print(con.execute("""SELECT line, COUNT(*), GROUP_CONCAT(word, ' ') FROM words WHERE length(word) > 5
                     GROUP BY line""").fetchall())
print(con.execute("SELECT word FROM words WHERE word GLOB '[A-Z]*' ORDER BY pos").fetchall())
print(con.execute("""SELECT substr(lower(word), 1, 1) AS initial, COUNT(*) FROM words
                     GROUP BY initial HAVING COUNT(*) >= 4 ORDER BY initial""").fetchall())
print(con.execute("SELECT MAX(length(word)), word FROM words").fetchone())
