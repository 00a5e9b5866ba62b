# GROUP BY with the aggregate functions, DISTINCT aggregates and HAVING.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE sales (region TEXT, product TEXT, qty INTEGER, price REAL)")
rows = [("north", "apple", 10, 0.5), ("north", "pear", 5, 0.75), ("south", "apple", 20, 0.45),
        ("south", "apple", 5, 0.5), ("east", "plum", 7, 1.2), ("north", "apple", 3, 0.55),
        ("east", "pear", None, 0.8), ("west", "fig", 0, 2.0)]
con.executemany("INSERT INTO sales VALUES (?, ?, ?, ?)", rows)


def show(sql):
    cur = con.execute(sql)
    print(sql)
    print("   ", [d[0] for d in cur.description])
    for row in cur:
        print("   ", row)


show("SELECT region, COUNT(*), COUNT(qty), SUM(qty), TOTAL(qty), AVG(qty), MIN(qty), MAX(qty) FROM sales GROUP BY region")
show("SELECT product, SUM(qty * price) AS revenue FROM sales GROUP BY product ORDER BY revenue DESC")
show("SELECT COUNT(DISTINCT product), COUNT(DISTINCT region), GROUP_CONCAT(DISTINCT product) FROM sales")
show("SELECT region, GROUP_CONCAT(product, '+') FROM sales GROUP BY 1")
show("SELECT region, SUM(qty) AS total FROM sales GROUP BY region HAVING total > 10 ORDER BY total")
show("SELECT region, product, SUM(qty) FROM sales GROUP BY region, product ORDER BY region, product")
show("SELECT SUM(qty), AVG(price), MAX(product), MIN(region) FROM sales WHERE qty > 100")
show("SELECT COUNT(*) FROM sales WHERE qty IS NULL")
show("SELECT qty > 5 AS big, COUNT(*) FROM sales GROUP BY big")
show("SELECT region, MAX(price), product FROM sales GROUP BY region")
show("SELECT AVG(price) * 100 / 100, ROUND(SUM(price), 1), typeof(SUM(qty)), typeof(AVG(qty)) FROM sales")
show("SELECT COUNT(*) FILTER (WHERE qty > 5), SUM(qty) FILTER (WHERE region = 'north') FROM sales")
