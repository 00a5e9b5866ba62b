"""SQL tokenizer, following SQLite's tokenizer (https://www.sqlite.org/lang_expr.html, lang_keywords.html).

A token is (kind, value, start, end): kind is 'id' (identifier; value is its name), 'qid' (a double-quoted
identifier, which SQLite treats as a string when no column has that name), 'kw' (keyword, upper case),
'int', 'real', 'str', 'blob', 'param' (value is the placeholder text: '?', '?3', ':name', '@x', '$x'),
'op' or 'eof'. start and end index the SQL text, so the parser can keep the text of an expression.
"""

from sqlite3._errors import OperationalError

KEYWORDS = frozenset('''
ABORT ACTION ADD AFTER ALL ALTER ALWAYS ANALYZE AND AS ASC ATTACH AUTOINCREMENT BEFORE BEGIN BETWEEN BY
CASCADE CASE CAST CHECK COLLATE COLUMN COMMIT CONFLICT CONSTRAINT CREATE CROSS CURRENT CURRENT_DATE
CURRENT_TIME CURRENT_TIMESTAMP DATABASE DEFAULT DEFERRABLE DEFERRED DELETE DESC DETACH DISTINCT DO DROP
EACH ELSE END ESCAPE EXCEPT EXCLUDE EXCLUSIVE EXISTS EXPLAIN FAIL FILTER FIRST FOLLOWING FOR FOREIGN FROM
FULL GENERATED GLOB GROUP GROUPS HAVING IF IGNORE IMMEDIATE IN INDEX INDEXED INITIALLY INNER INSERT
INSTEAD INTERSECT INTO IS ISNULL JOIN KEY LAST LEFT LIKE LIMIT MATCH MATERIALIZED NATURAL NO NOT NOTHING
NOTNULL NULL NULLS OF OFFSET ON OR ORDER OTHERS OUTER OVER PARTITION PLAN PRAGMA PRECEDING PRIMARY QUERY
RAISE RANGE RECURSIVE REFERENCES REGEXP REINDEX RELEASE RENAME REPLACE RESTRICT RETURNING RIGHT ROLLBACK
ROW ROWS SAVEPOINT SELECT SET TABLE TEMP TEMPORARY THEN TIES TO TRANSACTION TRIGGER UNBOUNDED UNION
UNIQUE UPDATE USING VACUUM VALUES VIEW VIRTUAL WHEN WHERE WINDOW WITH WITHOUT
'''.split())

# Operators, longest first so that '<=' wins over '<'.
OPERATORS = ('||', '<=', '>=', '==', '!=', '<>', '<<', '>>', '->>', '->',
             '(', ')', ',', ';', '.', '+', '-', '*', '/', '%', '<', '>', '=', '&', '|', '~')


def _syntax_error(sql, pos):
    word = sql[pos:pos + 1]
    raise OperationalError('unrecognized token: "%s"' % word)


def tokenize(sql):
    tokens = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in ' \t\r\n\f':
            i += 1
        elif sql.startswith('--', i):
            j = sql.find('\n', i)
            i = n if j < 0 else j + 1
        elif sql.startswith('/*', i):
            j = sql.find('*/', i + 2)
            i = n if j < 0 else j + 2
        elif ch.isalpha() or ch == '_' or ord(ch) > 127:
            j = i + 1
            while j < n and (sql[j].isalnum() or sql[j] in '_$' or ord(sql[j]) > 127):
                j += 1
            word = sql[i:j]
            if (ch in 'xX') and j == i + 1 and j < n and sql[j] == "'":
                i = _blob(sql, i, tokens)
                continue
            upper = word.upper()
            tokens.append(('kw', upper, i, j) if upper in KEYWORDS else ('id', word, i, j))
            i = j
        elif ch.isdigit() or (ch == '.' and i + 1 < n and sql[i + 1].isdigit()):
            i = _number(sql, i, tokens)
        elif ch == "'":
            i = _quoted(sql, i, "'", 'str', tokens)
        elif ch == '"':
            i = _quoted(sql, i, '"', 'qid', tokens)
        elif ch == '`':
            i = _quoted(sql, i, '`', 'id', tokens)
        elif ch == '[':
            j = sql.find(']', i)
            if j < 0:
                raise OperationalError('unrecognized token: "%s"' % sql[i:])
            tokens.append(('id', sql[i + 1:j], i, j + 1))
            i = j + 1
        elif ch in '?:@$':
            j = i + 1
            if ch == '?':
                while j < n and sql[j].isdigit():
                    j += 1
            else:
                while j < n and (sql[j].isalnum() or sql[j] == '_' or ord(sql[j]) > 127):
                    j += 1
                if j == i + 1:
                    _syntax_error(sql, i)
            tokens.append(('param', sql[i:j], i, j))
            i = j
        else:
            for op in OPERATORS:
                if sql.startswith(op, i):
                    tokens.append(('op', op, i, i + len(op)))
                    i += len(op)
                    break
            else:
                _syntax_error(sql, i)
    tokens.append(('eof', None, n, n))
    return tokens


def _quoted(sql, i, quote, kind, tokens):
    j = i + 1
    parts = []
    while True:
        k = sql.find(quote, j)
        if k < 0:
            raise OperationalError('unrecognized token: "%s"' % sql[i:])
        parts.append(sql[j:k])
        if k + 1 < len(sql) and sql[k + 1] == quote:
            parts.append(quote)
            j = k + 2
        else:
            tokens.append((kind, ''.join(parts), i, k + 1))
            return k + 1


def _blob(sql, i, tokens):
    k = sql.find("'", i + 2)
    if k < 0:
        raise OperationalError('unrecognized token: "%s"' % sql[i:])
    text = sql[i + 2:k]
    if len(text) % 2 or any(c not in '0123456789abcdefABCDEF' for c in text):
        raise OperationalError('unrecognized token: "%s"' % sql[i:k + 1])
    tokens.append(('blob', bytes.fromhex(text), i, k + 1))
    return k + 1


def _number(sql, i, tokens):
    n = len(sql)
    j = i
    if sql.startswith(('0x', '0X'), i):
        j = i + 2
        while j < n and sql[j] in '0123456789abcdefABCDEF':
            j += 1
        value = int(sql[i + 2:j], 16)
        if value >= 1 << 63:
            value -= 1 << 64
        tokens.append(('int', value, i, j))
        return j
    is_real = False
    while j < n and sql[j].isdigit():
        j += 1
    if j < n and sql[j] == '.':
        is_real = True
        j += 1
        while j < n and sql[j].isdigit():
            j += 1
    if j < n and sql[j] in 'eE':
        k = j + 1
        if k < n and sql[k] in '+-':
            k += 1
        if k < n and sql[k].isdigit():
            is_real = True
            j = k
            while j < n and sql[j].isdigit():
                j += 1
    if j < n and (sql[j].isalpha() or sql[j] == '_'):
        k = j
        while k < n and (sql[k].isalnum() or sql[k] == '_'):
            k += 1
        raise OperationalError('unrecognized token: "%s"' % sql[i:k])
    text = sql[i:j]
    if is_real:
        tokens.append(('real', float(text), i, j))
    else:
        value = int(text)
        # An integer literal too big for 64 bits is a REAL, as in SQLite.
        tokens.append(('int', value, i, j) if value < 1 << 63 else ('real', float(text), i, j))
    return j
