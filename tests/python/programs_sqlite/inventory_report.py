# An inventory report formatted with printf() and CASE, with totals.
import sqlite3

con = sqlite3.connect(":memory:")
con.executescript("""
CREATE TABLE item (sku TEXT PRIMARY KEY, name TEXT NOT NULL, category TEXT, qty INTEGER, unit_price REAL);
INSERT INTO item VALUES
  ('K-100', 'Chef knife', 'kitchen', 12, 39.95),
  ('K-101', 'Paring knife', 'kitchen', 0, 12.5),
  ('G-200', 'Trowel', 'garden', 40, 7.25),
  ('G-201', 'Hose 25m', 'garden', 3, 54.0),
  ('T-300', 'Hammer', 'tools', 18, 15.99),
  ('T-301', 'Screwdriver set', 'tools', 7, 23.49),
  ('T-302', 'Tape measure', 'tools', 25, 8.75);
""")
rows = con.execute("""
SELECT printf('%-6s %-16s %4d x %7.2f = %9.2f  %s', sku, name, qty, unit_price, qty * unit_price,
              CASE WHEN qty = 0 THEN 'OUT' WHEN qty < 5 THEN 'LOW' ELSE '' END)
FROM item ORDER BY category, sku
""").fetchall()
for (line,) in rows:
    print(line)
print("-" * 60)
for cat, n, units, value in con.execute("""SELECT category, COUNT(*), SUM(qty), printf('%.2f', SUM(qty * unit_price))
                                           FROM item GROUP BY category ORDER BY SUM(qty * unit_price) DESC"""):
    print("%-8s %d items %4d units  value %s" % (cat, n, units, value))
total = con.execute("SELECT ROUND(SUM(qty * unit_price), 2), MAX(unit_price), MIN(unit_price) FROM item").fetchone()
print("total value %.2f, dearest %.2f, cheapest %.2f" % total)
print(con.execute("SELECT name FROM item WHERE unit_price > (SELECT AVG(unit_price) FROM item) ORDER BY name").fetchall())
con.execute("UPDATE item SET unit_price = ROUND(unit_price * 1.1, 2) WHERE category = 'tools'")
print(con.execute("SELECT sku, unit_price FROM item WHERE category = 'tools'").fetchall())
