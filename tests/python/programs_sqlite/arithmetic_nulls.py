# SQLite arithmetic: integer division, NULL propagation, division by zero, overflow to REAL.
import sqlite3

con = sqlite3.connect(":memory:")
exprs = ["7 / 2", "7.0 / 2", "-7 / 2", "7 % 3", "-7 % 3", "7 % -3", "5.5 % 2", "1 / 0", "1 % 0", "1.0 / 0",
         "NULL + 1", "NULL * 0", "'3' + '4'", "'3abc' * 2", "'abc' + 1", "9223372036854775807 + 1",
         "-9223372036854775808 - 1", "2 * 4611686018427387904", "1e308 * 10", "0.1 + 0.2", "10 - 2.5",
         "2 << 3", "256 >> 4", "6 & 3", "6 | 3", "~5", "-(-3)", "+'7'", "1 || 2", "3.0 || ''", "1e20 || ''",
         "1 = 1 AND NULL", "0 AND NULL", "1 OR NULL", "NOT NULL", "NOT 0", "NULL IS NOT NULL",
         "5 BETWEEN 1 AND 10", "5 NOT BETWEEN 1 AND 4", "NULL BETWEEN 1 AND 2", "3 IN (1, 2, 3)", "4 NOT IN (1, 2)",
         "NULL IN (1)", "1 IN (NULL, 1)", "2 IN (NULL, 1)", "abs(-5) + abs(2.5)", "max(1, 2.5, '3')", "min(NULL, 1)",
         "coalesce(NULL, NULL, 'z')", "ifnull(NULL, 0)", "nullif('a', 'a')", "typeof(1/2.0)", "round(1/3.0, 4)",
         "CASE WHEN 1 > 2 THEN 'a' WHEN 2 > 1 THEN 'b' ELSE 'c' END", "CASE 3 WHEN 1 THEN 'one' WHEN 3 THEN 'three' END",
         "CASE NULL WHEN NULL THEN 'same' ELSE 'different' END", "iif(2 > 1, 'yes', 'no')"]
for e in exprs:
    value = con.execute("SELECT " + e).fetchone()[0]
    print("%-45s -> %r" % (e, value))
