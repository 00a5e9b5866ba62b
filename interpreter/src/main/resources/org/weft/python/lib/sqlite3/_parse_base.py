"""The token cursor under the SQL parser: look-ahead, expectations and SQLite's syntax-error messages."""

from sqlite3._errors import OperationalError
from sqlite3._lexer import tokenize

# Keywords SQLite lets a statement use as a plain name (parse.y's %fallback ID list), less the LIKE family,
# which would make "a LIKE b" ambiguous in this parser.
NAME_KEYWORDS = frozenset('''
ABORT ACTION AFTER ALWAYS ANALYZE ASC ATTACH BEFORE BEGIN BY CASCADE CAST COLUMN CONFLICT CURRENT DATABASE
DEFERRED DESC DETACH DO EACH END EXCLUDE EXCLUSIVE EXPLAIN FAIL FIRST FOLLOWING FOR GENERATED GROUPS IF
IGNORE IMMEDIATE INITIALLY INSTEAD KEY LAST MATERIALIZED NO NULLS OF OFFSET OTHERS PARTITION PLAN PRAGMA
PRECEDING QUERY RAISE RANGE RECURSIVE REINDEX RELEASE RENAME REPLACE RESTRICT ROLLBACK ROW ROWS SAVEPOINT
TEMP TEMPORARY TIES TRIGGER UNBOUNDED VACUUM VIEW VIRTUAL WITH WITHOUT
'''.split())


class TokenCursor:
    def __init__(self, sql):
        self.sql = sql
        self.tokens = tokenize(sql)
        self.pos = 0
        # Placeholders: the largest index used, and the name ('?' style has none) of each index.
        self.param_count = 0
        self.param_names = {}

    # -- looking -----------------------------------------------------------------------------------
    def peek(self, ahead=0):
        return self.tokens[min(self.pos + ahead, len(self.tokens) - 1)]

    def at_kw(self, *words):
        kind, value = self.tokens[self.pos][:2]
        return kind == 'kw' and value in words

    def at_op(self, *ops):
        kind, value = self.tokens[self.pos][:2]
        return kind == 'op' and value in ops

    def at_name(self):
        kind, value = self.tokens[self.pos][:2]
        return kind in ('id', 'qid', 'str') and kind != 'str' or (kind == 'kw' and value in NAME_KEYWORDS)

    def at_eof(self):
        return self.tokens[self.pos][0] == 'eof' or self.at_op(';')

    # -- consuming ---------------------------------------------------------------------------------
    def advance(self):
        token = self.tokens[self.pos]
        if token[0] != 'eof':
            self.pos += 1
        return token

    def accept_kw(self, *words):
        if self.at_kw(*words):
            return self.advance()[1]
        return None

    def accept_op(self, *ops):
        if self.at_op(*ops):
            return self.advance()[1]
        return None

    def expect_kw(self, *words):
        if not self.at_kw(*words):
            self.error()
        return self.advance()[1]

    def expect_op(self, op):
        if not self.at_op(op):
            self.error()
        return self.advance()

    def name(self):
        """An identifier: a bare or quoted name, or a keyword SQLite accepts as a name."""
        if not self.at_name():
            self.error()
        kind, value, start, end = self.advance()
        # A keyword used as a name keeps the spelling the user gave it.
        return self.sql[start:end] if kind == 'kw' else value

    def name_or_string(self):
        if self.peek()[0] == 'str':
            return self.advance()[1]
        return self.name()

    def error(self, token=None):
        token = token or self.tokens[self.pos]
        if token[0] == 'eof':
            raise OperationalError('incomplete input')
        raise OperationalError('near "%s": syntax error' % self.sql[token[2]:token[3]])

    def text(self, start_tok_index, end_tok_index):
        """The SQL text of the tokens from start to end (exclusive), as the user wrote it."""
        start = self.tokens[start_tok_index][2]
        end = self.tokens[end_tok_index - 1][3]
        return self.sql[start:end]

    # -- placeholders ------------------------------------------------------------------------------
    def placeholder(self, text):
        if text == '?':
            self.param_count += 1
            return self.param_count
        if text[0] == '?':
            index = int(text[1:])
            if index < 1 or index > 250000:
                raise OperationalError('variable number must be between ?1 and ?250000')
            self.param_count = max(self.param_count, index)
            return index
        for index, name in self.param_names.items():
            if name == text:
                return index
        self.param_count += 1
        self.param_names[self.param_count] = text
        return self.param_count
