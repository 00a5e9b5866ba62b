import sqlite3
con = sqlite3.connect(":memory:")
cur = con.cursor()
cur.execute("""CREATE TABLE address (
    addrID INTEGER PRIMARY KEY AUTOINCREMENT, addrStreet TEXT NOT NULL, addrCity TEXT NOT NULL,
    addrState TEXT NOT NULL, addrZIP TEXT NOT NULL)""")
rows = [("1600 Pennsylvania Ave NW", "Washington", "DC", "20500"),
        ("221B Baker St", "London", "LN", "NW16XE"),
        ("742 Evergreen Terrace", "Springfield", "OR", "97403")]
cur.executemany("INSERT INTO address (addrStreet, addrCity, addrState, addrZIP) VALUES (?, ?, ?, ?)", rows)
con.commit()
for row in cur.execute("SELECT * FROM address ORDER BY addrCity"):
    print(row)
print(cur.execute("SELECT COUNT(*), MAX(addrID), group_concat(addrState, '|') FROM address").fetchone())
con.row_factory = sqlite3.Row
r = con.execute("SELECT addrCity AS city, length(addrStreet) AS n FROM address WHERE addrZIP LIKE ?", ("9%",)).fetchone()
print(r["city"], r["n"], r.keys())
try:
    con.execute("INSERT INTO address (addrStreet) VALUES ('x')")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
try:
    con.execute("SELEC 1")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
print(tuple(con.execute("SELECT 1 + 1, 'a' || 'b', 7 / 2, 7 / 2.0, NULL IS NULL, typeof(1.5)").fetchone()))
con.close()
