# date(), time(), datetime(), julianday(), strftime() and unixepoch() on fixed dates.
import sqlite3

con = sqlite3.connect(":memory:")
exprs = [
    "date('2024-02-28', '+1 day')", "date('2023-02-28', '+1 day')", "date('2024-01-31', '+1 month')",
    "date('2024-03-31', '-1 month')", "date('2024-05-15', 'start of month')", "date('2024-05-15', 'start of year')",
    "date('2024-05-15', 'start of month', '+1 month', '-1 day')", "date('2024-05-15', 'weekday 0')",
    "datetime('2024-05-15 23:30:00', '+45 minutes')", "datetime('2024-05-15T08:00', '-3 hours')",
    "datetime('2024-12-31 12:00:00', '+1 year')", "time('13:45:10', '+30 seconds')", "time('2024-05-15 06:07:08')",
    "julianday('2000-01-01 12:00:00')", "julianday('2024-05-15') - julianday('2024-01-01')",
    "strftime('%d/%m/%Y', '2024-05-15')", "strftime('%H:%M:%S', '2024-05-15 09:08:07')", "strftime('%j', '2024-12-31')",
    "strftime('%w %W', '2024-05-15')", "strftime('%s', '2024-01-01 00:00:00')", "strftime('%Y-%m-%d %H:%M:%f', '2024-01-01 10:20:30.125')",
    "unixepoch('2024-01-01')", "datetime(1700000000, 'unixepoch')", "date(2460310.5)", "date('not a date')",
    "date('2024-13-01')", "datetime('2024-05-15 10:00:00+02:00')", "typeof(julianday('2024-01-01'))",
    "CAST(julianday('2024-03-01') - julianday('2024-02-01') AS INTEGER)",
]
for e in exprs:
    print("%-62s %r" % (e, con.execute("SELECT " + e).fetchone()[0]))
con.execute("CREATE TABLE events (name TEXT, at TEXT)")
con.executemany("INSERT INTO events VALUES (?, ?)", [("launch", "2024-03-01 09:00:00"), ("review", "2024-03-15 14:30:00"),
                                                     ("retro", "2024-04-02 16:00:00")])
for row in con.execute("""SELECT name, date(at), strftime('%m', at) AS month,
                          CAST(julianday(at) - julianday('2024-03-01') AS INTEGER) AS days_in
                          FROM events WHERE at BETWEEN '2024-03-01' AND '2024-03-31 23:59:59' ORDER BY at"""):
    print(row)
print(con.execute("SELECT strftime('%Y-%m', at) AS ym, COUNT(*) FROM events GROUP BY ym").fetchall())
