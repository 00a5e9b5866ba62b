# A blog: posts and tags in a many-to-many relation.
import sqlite3

db = sqlite3.connect(":memory:")
db.executescript("""
CREATE TABLE post (id INTEGER PRIMARY KEY, title TEXT, published TEXT);
CREATE TABLE tag (id INTEGER PRIMARY KEY, label TEXT UNIQUE COLLATE NOCASE);
CREATE TABLE post_tag (post_id INTEGER, tag_id INTEGER, PRIMARY KEY (post_id, tag_id));
""")


def add_post(title, published, tags):
    with db:
        post_id = db.execute("INSERT INTO post (title, published) VALUES (?, ?)", (title, published)).lastrowid
        for label in tags:
            db.execute("INSERT OR IGNORE INTO tag (label) VALUES (?)", (label,))
            tag_id = db.execute("SELECT id FROM tag WHERE label = ?", (label,)).fetchone()[0]
            db.execute("INSERT INTO post_tag VALUES (?, ?)", (post_id, tag_id))
    return post_id


add_post("Hello SQL", "2024-01-03", ["sql", "intro"])
add_post("Joins explained", "2024-02-14", ["SQL", "joins"])
add_post("Python and sqlite3", "2024-02-20", ["python", "sql"])
add_post("Grouping data", "2024-03-01", ["sql", "aggregates", "python"])
print(db.execute("SELECT id, label FROM tag ORDER BY id").fetchall())
for row in db.execute("""SELECT p.title, GROUP_CONCAT(t.label, ', ') FROM post p
                         JOIN post_tag pt ON pt.post_id = p.id JOIN tag t ON t.id = pt.tag_id
                         GROUP BY p.id ORDER BY p.published"""):
    print(row)
for row in db.execute("""SELECT t.label, COUNT(*) AS uses FROM tag t JOIN post_tag pt ON pt.tag_id = t.id
                         GROUP BY t.id ORDER BY uses DESC, t.label"""):
    print(row)
print(db.execute("""SELECT title FROM post WHERE id IN (SELECT post_id FROM post_tag JOIN tag ON tag.id = tag_id
                    WHERE label = 'PYTHON') ORDER BY title""").fetchall())
print(db.execute("""SELECT strftime('%Y-%m', published) AS month, COUNT(*) FROM post GROUP BY month""").fetchall())
