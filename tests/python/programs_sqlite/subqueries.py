# Subqueries: scalar, IN, EXISTS, correlated, and in FROM.
import sqlite3

con = sqlite3.connect(":memory:")
con.executescript("""
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, city TEXT);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, amount REAL, placed TEXT);
INSERT INTO customers VALUES (1, 'Acme', 'Paris'), (2, 'Globex', 'Rome'), (3, 'Initech', 'Paris'), (4, 'Umbrella', 'Oslo');
INSERT INTO orders VALUES (1, 1, 250.0, '2024-01-05'), (2, 1, 75.5, '2024-02-11'), (3, 2, 990.0, '2024-02-20'),
                          (4, 3, 12.25, '2024-03-01'), (5, 2, 310.0, '2024-03-15'), (6, 9, 1.0, '2024-03-20');
""")


def show(sql):
    print(sql.strip())
    for row in con.execute(sql):
        print("   ", row)


show("SELECT name FROM customers WHERE id IN (SELECT customer_id FROM orders WHERE amount > 100)")
show("SELECT name FROM customers WHERE id NOT IN (SELECT customer_id FROM orders)")
show("SELECT name FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.amount < 20)")
show("SELECT name FROM customers c WHERE NOT EXISTS (SELECT * FROM orders WHERE customer_id = c.id)")
show("""SELECT name, (SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.id) AS n,
               (SELECT MAX(amount) FROM orders o WHERE o.customer_id = c.id) AS biggest
        FROM customers c ORDER BY n DESC, name""")
show("SELECT (SELECT SUM(amount) FROM orders), (SELECT name FROM customers WHERE id = 99)")
show("""SELECT city, total FROM (SELECT c.city AS city, SUM(o.amount) AS total FROM customers c
        JOIN orders o ON o.customer_id = c.id GROUP BY c.city) WHERE total > 100 ORDER BY total""")
show("SELECT id, amount FROM orders WHERE amount > (SELECT AVG(amount) FROM orders) ORDER BY amount DESC")
show("SELECT t.n FROM (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3) AS t WHERE t.n >= 2")
show("SELECT id FROM orders WHERE customer_id NOT IN (SELECT id FROM customers)")
show("SELECT name FROM customers WHERE city = (SELECT city FROM customers WHERE name = 'Acme') AND name <> 'Acme'")
try:
    con.execute("SELECT name FROM customers WHERE id IN (SELECT id, name FROM customers)")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
