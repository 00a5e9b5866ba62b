# SQLite's string functions.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE words (w TEXT)")
con.executemany("INSERT INTO words VALUES (?)", [("  Hello World  ",), ("sqlite",), ("Ünïcode",), ("a,b,,c",), (None,)])
queries = [
    "SELECT upper(w), lower(w), length(w) FROM words",
    "SELECT trim(w), ltrim(w), rtrim(w), '[' || trim(w, ' Hd') || ']' FROM words",
    "SELECT substr(w, 3), substr(w, 2, 3), substr(w, -3), substr(w, -3, 2), substr(w, 0, 3) FROM words",
    "SELECT replace(w, 'l', 'L'), instr(w, 'l'), instr(w, 'zz') FROM words",
    "SELECT w || '!', quote(w), hex(w) FROM words WHERE w NOT LIKE '% %'",
    "SELECT w FROM words WHERE w LIKE '%O%'",
    "SELECT w FROM words WHERE w GLOB '*o*'",
    "SELECT w FROM words WHERE w LIKE 's_l%'",
    "SELECT w FROM words WHERE w IS NULL",
    "SELECT count(w), count(*), group_concat(length(w)), group_concat(substr(w, 1, 1), '|') FROM words",
    "SELECT char(72, 105), unicode('é'), zeroblob(3), length(zeroblob(3)), typeof(zeroblob(1))",
    "SELECT printf('%s has %d chars', 'sqlite', 6), printf('%8.3f|%-8s|%08.2f', 3.14159, 'ab', -2.5)",
    "SELECT printf('%5d|%-5d|%05d|%x|%X|%o|%c', 42, 42, 42, 255, 255, 8, 'hello')",
    "SELECT printf('%.2e', 123456.789), printf('%,d', 1234567), printf('%%'), printf('%q', 'O''Brien'), printf('%Q', NULL)",
    "SELECT format('%s-%s', 'a', 'b'), printf('%10s|', 'right'), printf('%-10s|', 'left'), printf('%.3s', 'truncate')",
    "SELECT 'abc' LIKE 'ABC', 'abc' GLOB 'ABC', 'a_c' LIKE 'a\\_c' ESCAPE '\\', 'abc' LIKE 'a\\_c' ESCAPE '\\'",
    "SELECT 'x' GLOB '[a-z]', '5' GLOB '[^0-9]', 'file.txt' GLOB '*.txt', 'ab' GLOB 'a?'",
    "SELECT like('a%', 'ABC'), glob('a*', 'abc'), length(12345), length(1.5), length(NULL)",
]
for q in queries:
    print(q)
    for row in con.execute(q):
        print("   ", row)
