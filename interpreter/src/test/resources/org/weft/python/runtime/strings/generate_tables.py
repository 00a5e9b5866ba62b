#!/usr/bin/env python3
"""Write the expected-value tables of the str/bytes unit tests, using real CPython 3.11.

Each table line is one call, tab-separated:
    receiver  operation  args  kwargs  expected
receiver, args (a tuple) and kwargs (a dict) are Python literals (repr); a receiver '@name' is the
built-in type `name` itself, called with the args. operation is a method name or an operator:
% + * [] in < <= == != > >= repr str ascii format() len call.
expected is repr(result), or for a bytearray receiver repr((result, receiver-after-the-call)), or
'!' + exception type name + tab + repr(str(exception)).

Usage: python3 generate_tables.py   (rewrites the *.tsv beside this script)
Never edit a .tsv by hand: change the cases here and run this script.
"""
import operator
import os

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {'@str': str, '@bytes': bytes, '@bytearray': bytearray, '@memoryview': memoryview}
OPS = {
    '%': operator.mod, '+': operator.add, '*': operator.mul, '[]': operator.getitem,
    'in': lambda r, x: x in r, '<': operator.lt, '<=': operator.le, '==': operator.eq,
    '!=': operator.ne, '>': operator.gt, '>=': operator.ge, 'repr': lambda r: repr(r),
    'str': lambda r: str(r), 'ascii': lambda r: ascii(r), 'format()': format, 'len': len,
}


def run(recv, op, args, kwargs):
    import copy
    target = copy.copy(recv) if isinstance(recv, bytearray) else recv
    try:
        if isinstance(recv, str) and recv in TYPES and op == 'call':
            result = TYPES[recv](*args, **kwargs)
        elif op in OPS:
            result = OPS[op](target, *args, **kwargs)
        else:
            result = getattr(target, op)(*args, **kwargs)
        if isinstance(result, memoryview):
            result = ('memoryview', result.tolist())
        if isinstance(recv, bytearray):
            result = (result, target)
        return repr(result)
    except Exception as e:  # the table records the exception
        return '!%s\t%r' % (type(e).__name__, str(e))


def lit(v):
    """repr, except that memoryviews and non-finite floats are written as calls the tests can read."""
    if isinstance(v, memoryview):
        return 'memoryview(%r)' % bytes(v)
    if isinstance(v, float) and v != v or v in (float('inf'), float('-inf')) and isinstance(v, float):
        return "float('%r')" % v
    if isinstance(v, tuple):
        return '(' + lit(v[0]) + ',)' if len(v) == 1 else '(' + ', '.join(lit(x) for x in v) + ')'
    if isinstance(v, list):
        return '[' + ', '.join(lit(x) for x in v) + ']'
    if isinstance(v, dict):
        return '{' + ', '.join(lit(k) + ': ' + lit(x) for k, x in v.items()) + '}'
    return repr(v)


def line(recv, op, args=(), kwargs=None):
    kwargs = kwargs or {}
    fields = [recv if isinstance(recv, str) and recv in TYPES else lit(recv), op, lit(tuple(args)),
              lit(kwargs), run(recv, op, args, kwargs)]
    return '\t'.join(fields)


def write(name, cases):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='\n') as f:
        for c in cases:
            f.write(line(*c) + '\n')


def c(recv, op, *args, **kwargs):
    return (recv, op, args, kwargs)


def str_cases():
    s = 'Hello, World'
    out = []
    for m in ['upper', 'lower', 'casefold', 'capitalize', 'title', 'swapcase', 'isalpha', 'isalnum',
              'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'islower', 'isupper', 'istitle',
              'isidentifier', 'isprintable', 'isascii', 'strip', 'lstrip', 'rstrip', 'split', 'rsplit',
              'splitlines']:
        for t in ['', s, 'ß straße ǆ ǈ ŉ', 'ΣΑΣ ΟΔΟΣ', 'İstanbul', 'ﬁne ﬃ', 'hello world 2x',
                  'HELLO', 'Hello World', 'hello\u2028x\x1cy\r\nz\rw\n', '  \t\n x y \x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u3000 ',
                  '123', '\u00b2\u2460\u0661', '½Ⅻ一', '_id1', '1abc', 'a\u0300b', '\U0001d400bc', 'x\u200bz',
                  'a\tb', '\x7f', '\ud800', 'DžDž', 'hello_World', "they're bill's"]:
            out.append(c(t, m))
    for sub in ['', 'o', 'l', 'lo', 'World', 'xyz']:
        for args in [(), (3,), (-5,), (2, 8), (-3, -1), (20,), (0, 100), (None, 5), (5, None)]:
            for m in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']:
                out.append(c(s, m, sub, *args))
    out += [c(s, 'startswith', ('x', 'He')), c(s, 'endswith', ('ld', 'x'), 0, 5), c(s, 'startswith', ()),
            c('a\U0001F600b\U0001F600c', 'find', 'b'), c('a\U0001F600b\U0001F600c', 'rfind', '\U0001F600'),
            c('a\U0001F600b\U0001F600c', 'index', 'c', 2), c('a\U0001F600b\U0001F600c', 'count', '\U0001F600', 1, 4),
            c('abc', 'find', 1), c('abc', 'count', 1), c('abc', 'find', 'a', 'x'), c('abc', 'startswith', 1),
            c('abc', 'endswith', (1,)), c('abc', 'find'), c('abc', 'find', 'a', 1, 2, 3)]
    for t, args in [('a,b,,c,', (',',)), ('a,b,,c,', (',', 1)), ('a,b,,c,', (',', 0)), ('a,b,,c,', (',', -1)),
                    ('  a  b  c  ', ()), ('  a  b  c  ', (None, 1)), ('  a  b  c  ', (None, 0)),
                    ('aXXbXXXc', ('XX',)), ('abc', ('',)), ('abc', (1,)), ('abc', ('a', 'x')),
                    ('', (',',)), ('', ()), ('a\u3000b\x85c', ())]:
        out.append(c(t, 'split', *args))
        out.append(c(t, 'rsplit', *args))
    out += [c('a,b,c', 'split', sep=',', maxsplit=1), c('a b c', 'rsplit', maxsplit=1), c('abc', 'split', x=1),
            c('abc', 'split', 'a', 1, 2), c('a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l', 'splitlines', True),
            c('a\n\nb\n', 'splitlines'), c('a\n\nb\n', 'splitlines', keepends=True), c('abc', 'splitlines', 'x')]
    for t in ['abc', 'a', '', 'hello world', '-42', '+7', '\U0001F600x']:
        for w in [-1, 0, 2, 5, 6, 10]:
            out += [c(t, 'center', w), c(t, 'ljust', w), c(t, 'rjust', w), c(t, 'zfill', w)]
        out += [c(t, 'center', 9, '*'), c(t, 'ljust', 7, '\U0001F600'), c(t, 'rjust', 6, 'é')]
    out += [c('abc', 'center', 'x'), c('abc', 'center', 5, 'xy'), c('abc', 'center', 5, 1), c('abc', 'ljust', 5, ''),
            c('a\tb\tc\n\tx\r\ty', 'expandtabs'), c('a\tb\tc', 'expandtabs', 4), c('a\tb', 'expandtabs', 0),
            c('a\tb', 'expandtabs', -1), c('ab\tcde\tf', 'expandtabs', tabsize=3), c('abc', 'expandtabs', 'x')]
    for old, new, *cnt in [('l', 'L'), ('l', 'L', 1), ('l', 'L', 0), ('', '-'), ('', '-', 2), ('xyz', 'q'),
                           ('World', ''), ('o', 'oo', -1), ('Hello, World', 'x')]:
        out.append(c(s, 'replace', old, new, *cnt))
    out += [c('', 'replace', '', 'x'), c('', 'replace', 'a', 'x'), c('abc', 'replace', 1, ''), c('abc', 'replace', 'a', 1),
            c('\U0001F600\U0001F600', 'replace', '', '|')]
    for t in ['a=b=c', '=', 'abc', '']:
        out += [c(t, 'partition', '='), c(t, 'rpartition', '=')]
    out += [c('abc', 'partition', ''), c('abc', 'partition', 1), c('abc', 'removeprefix', 'ab'), c('abc', 'removeprefix', 'x'),
            c('abc', 'removesuffix', 'bc'), c('abc', 'removesuffix', ''), c('abc', 'removeprefix', 1), c('abc', 'removesuffix', 1)]
    out += [c('-', 'join', ['a', 'b', 'c']), c('-', 'join', ('a',)), c('', 'join', []), c('-', 'join', ['a', 1]),
            c('-', 'join', 5), c(', ', 'join', 'abc'), c('-', 'join', [b'a'])]
    out += [c(t, m, *a) for t in ['  xx  ', 'xxhixx', '\u3000a\u3000', ''] for m in ['strip', 'lstrip', 'rstrip']
            for a in [(), (None,), ('x',), (' x',)]]
    out += [c('abc', 'strip', 1), c('abc', 'lstrip', 1), c('abc', 'rstrip', b'a')]
    out += [c('abc', 'translate', {97: 'X', 98: None, 99: 100}), c('abc', 'translate', {97: 0x110000}),
            c('abc', 'translate', {97: 1.5}), c('abc', 'translate', ['x'] * 98), c('abc', 'translate', 1),
            c('@str', 'call', 'abc', 'xyz', 'b') if False else c('abc', 'maketrans', 'ab', 'xy'),
            c('abc', 'maketrans', 'ab', 'xy', 'c'), c('abc', 'maketrans', {'a': 'x', 98: None}),
            c('abc', 'maketrans', {'ab': 1}), c('abc', 'maketrans', {1.5: 1}), c('abc', 'maketrans', 1),
            c('abc', 'maketrans', 'ab', 'x'), c('abc', 'maketrans', 1, 'a'), c('abc', 'maketrans', 'a', 1),
            c('abc', 'maketrans')]
    for t in ['abc', '', 'a\U0001F600bc\U0001F600d', 'héllo']:
        for k in [0, 1, -1, 3, -4, 10, slice(None), slice(1, None), slice(None, None, -1), slice(1, 4, 2),
                  slice(-2, None), slice(5, 1, -2), slice(None, None, 3), slice(10, 20), 'x', 1.5, True]:
            out.append(c(t, '[]', k))
        out += [c(t, 'len'), c(t, 'in', 'b'), c(t, 'in', ''), c(t, 'in', '\U0001F600'), c(t, '*', 3), c(t, '*', 0),
                c(t, '*', -2), c(t, '+', 'xyz'), c(t, '+', 1), c(t, '*', 'x'), c(t, '*', 1.5)]
    out += [c('abc', 'in', 1), c('a', '*', 10 ** 20), c('a', '*', 10 ** 12)]
    for a, b in [('abc', 'abd'), ('abc', 'ab'), ('', ''), ('\uffff', '\U00010000'), ('\U00010000', '\ue000'),
                 ('a\U00010000', 'a\uffff'), ('\ud800', '\ue000'), ('B', 'a')]:
        for op in ['<', '<=', '==', '!=', '>', '>=']:
            out.append(c(a, op, b))
    out += [c('abc', '<', 1), c('abc', '==', 1), c('abc', '==', b'abc')]
    for t in ['abc', 'é€\U0001F600', '\ud800']:
        for enc in ['utf-8', 'utf8', 'UTF-8', 'latin-1', 'ascii', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32',
                    'utf-32-be', 'nope']:
            for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape',
                        'surrogatepass', 'nope']:
                out.append(c(t, 'encode', enc, err))
    out += [c('abc', 'encode'), c('abc', 'encode', encoding='ascii'), c('abc', 'encode', 1), c('abc', 'encode', 'utf-8', 1),
            c('h\xe9\xe9llo', 'encode', 'ascii'), c('a\udc80\udcffb', 'encode', 'utf-8', 'surrogateescape'),
            c('a\udc80\udcffb', 'encode', 'latin-1', 'surrogateescape')]
    out += [c('@str', 'call'), c('@str', 'call', 5), c('@str', 'call', b'abc'), c('@str', 'call', b'abc', 'ascii'),
            c('@str', 'call', b'\xff', 'utf-8', 'replace'), c('@str', 'call', b'\xff', errors='ignore'),
            c('@str', 'call', 'a', 'utf-8'), c('@str', 'call', 1, 'utf-8'), c('@str', 'call', b'abc', 'nope'),
            c('@str', 'call', bytearray(b'xy'), 'ascii'), c('@str', 'call', object=[1, 'a']), c('@str', 'call', x=1)]
    return out


def bytes_cases():
    out = []
    for t in [b'', b'Hello, World', b'hello \xe9world 2x', b'ABC def', b'  a\t\x0b\x0c\x1c b \r\n', b'123', b'Hello World']:
        for recv in [t, bytearray(t)]:
            for m in ['upper', 'lower', 'capitalize', 'title', 'swapcase', 'isalpha', 'isalnum', 'isdigit', 'isspace',
                      'islower', 'isupper', 'istitle', 'isascii', 'strip', 'lstrip', 'rstrip', 'split', 'rsplit',
                      'splitlines', 'hex', 'len', 'repr', 'str']:
                out.append(c(recv, m))
    s = b'Hello, World'
    for recv in [s, bytearray(s)]:
        for sub in [b'', b'o', b'lo', b'xyz', 111, bytearray(b'l'), memoryview(b'W')]:
            for args in [(), (3,), (-5,), (2, 8), (20,)]:
                for m in ['find', 'rfind', 'index', 'rindex', 'count']:
                    out.append(c(recv, m, sub, *args))
        out += [c(recv, 'find', 'a'), c(recv, 'find', 300), c(recv, 'count', 1.5), c(recv, 'startswith', b'He'),
                c(recv, 'startswith', (b'x', b'He')), c(recv, 'endswith', b'ld', 0, 5), c(recv, 'startswith', 'a'),
                c(recv, 'startswith', ('a',)), c(recv, 'in', b'lo'), c(recv, 'in', 108), c(recv, 'in', 300),
                c(recv, 'in', 'a'), c(recv, 'split', b','), c(recv, 'split', b'l', 1), c(recv, 'rsplit', b'l', 1),
                c(recv, 'split', 'a'), c(recv, 'split', b''), c(recv, 'split', sep=b'o'), c(recv, 'replace', b'l', b'L'),
                c(recv, 'replace', b'l', b'L', 2), c(recv, 'replace', b'', b'-'), c(recv, 'replace', 'a', b''),
                c(recv, 'partition', b', '), c(recv, 'rpartition', b'o'), c(recv, 'partition', b'q'), c(recv, 'partition', 'a'),
                c(recv, 'removeprefix', b'Hell'), c(recv, 'removesuffix', b'rld'), c(recv, 'removeprefix', 'a'),
                c(recv, 'center', 20), c(recv, 'center', 20, b'*'), c(recv, 'ljust', 15, bytearray(b'.')),
                c(recv, 'rjust', 15), c(recv, 'center', 5, 'x'), c(recv, 'center', 20, b'xy'), c(recv, 'zfill', 15),
                c(recv, 'expandtabs'), c(recv, 'strip', b'Hd'), c(recv, 'strip', 'a'), c(recv, 'lstrip', None),
                c(recv, 'join', [b'a', bytearray(b'b'), memoryview(b'c')]), c(recv, 'join', [1]), c(recv, 'join', ['a']),
                c(recv, 'decode'), c(recv, 'decode', 'utf-16-le'), c(recv, 'decode', encoding='ascii'), c(recv, 'decode', 1),
                c(recv, 'translate', None, b'lo'), c(recv, 'translate', bytes.maketrans(b'lo', b'01')),
                c(recv, 'translate', b'x'), c(recv, 'hex', ':'), c(recv, 'hex', b'-', 3), c(recv, 'hex', ':', -5),
                c(recv, 'hex', '::'), c(recv, 'hex', 1), c(recv, '+', b'!'), c(recv, '+', bytearray(b'?')),
                c(recv, '+', memoryview(b'm')), c(recv, '+', 'a'), c(recv, '+', 1), c(recv, '*', 2), c(recv, '*', -1),
                c(recv, '*', 'x'), c(recv, '%', ()), c(recv, 'splitlines', True)]
        for k in [0, -1, 12, slice(None), slice(1, None, 3), slice(None, None, -1), slice(5, 1, -2), 'x', 1.5]:
            out.append(c(recv, '[]', k))
        for other in [b'Hello', b'Hello, World', b'Z', bytearray(b'Hello, Worle'), 'Hello, World', 1]:
            for op in ['<', '==', '!=', '>=']:
                out.append(c(recv, op, other))
    out += [c(b'a\nb\r\nc\rd\x0be\x1cf', 'splitlines'), c(b'a\nb\r\nc\rd', 'splitlines', keepends=True),
            c(b'  a  b  ', 'split', None, 1), c(b'  a  b  ', 'rsplit', None, 1), c(b'\x00a\'b\t\n\r\\\x7f\x80', 'repr'),
            c(b'"', 'repr'), c(b'\'"', 'repr'), c(b"'", 'repr'), c(bytearray(b"'"), 'repr'),
            c(b'x', 'fromhex', '41 42\t43'), c(b'x', 'fromhex', '4'), c(b'x', 'fromhex', 'zz'), c(b'x', 'fromhex', ' 41 4 2'),
            c(b'x', 'fromhex', b'41'), c(bytearray(), 'fromhex', 'ff00'), c(b'x', 'maketrans', b'ab', b'c'),
            c(b'\x01\x02\x03\x04\x05', 'hex', '-', 2), c(b'\x01\x02\x03\x04\x05', 'hex', '-', -2), c(b'a', 'hex', '\xe9')]
    for t in [b'abc', b'\xff\xfe', b'\xe2\x82x', b'\xe2\x82', b'a\xed\xa0\x80b', b'\xf0\x9f\x98\x80', b'\xc3\xa9\x80\xf5\xc2',
              b'\xff\xfea\x00', b'\xfe\xff\x00a', b'a\x00\x00\x00', b'\x00\xd8', b'\x00\xdc\x00\x00', b'\x00\xd8a\x00', b'abc']:
        for enc in ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'cp1252']:
            for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
                out.append(c(t, 'decode', enc, err))
    out += [c(b'\xff', 'decode', 'utf-8', 'nope'), c(b'a', 'decode', 'utf-8', 'nope'), c(b'a', 'decode', 'nope')]
    out += [c('@bytes', 'call'), c('@bytes', 'call', 3), c('@bytes', 'call', -1), c('@bytes', 'call', [1, 2, 255]),
            c('@bytes', 'call', [256]), c('@bytes', 'call', ['a']), c('@bytes', 'call', (65, 66)), c('@bytes', 'call', 'abc'),
            c('@bytes', 'call', 'abc', 'utf-8'), c('@bytes', 'call', 'é', 'latin-1'), c('@bytes', 'call', 'é', 'ascii', 'replace'),
            c('@bytes', 'call', b'x', 'utf-8'), c('@bytes', 'call', 1.5), c('@bytes', 'call', x=1),
            c('@bytes', 'call', errors='x'), c('@bytes', 'call', 'a', errors='strict'), c('@bytes', 'call', bytearray(b'ba')),
            c('@bytes', 'call', memoryview(b'mv')), c('@bytes', 'call', 'abc', encoding='utf-16-be'),
            c('@bytearray', 'call'), c('@bytearray', 'call', 2), c('@bytearray', 'call', [300]), c('@bytearray', 'call', 'abc'),
            c('@bytearray', 'call', 'abc', 'ascii'), c('@bytearray', 'call', 1.5), c('@bytearray', 'call', b'q'),
            c('@memoryview', 'call', 1), c('@memoryview', 'call', b'ab')]
    ba = bytearray(b'hello')
    out += [c(ba, 'append', 33), c(ba, 'append', 300), c(ba, 'append', 'x'), c(ba, 'extend', b' there'),
            c(ba, 'extend', [1, 2]), c(ba, 'extend', 1), c(ba, 'extend', [300]), c(ba, 'extend', 'ab'),
            c(ba, 'extend', bytearray(b'!')), c(ba, 'insert', 0, 65), c(ba, 'insert', -1, 66), c(ba, 'insert', 100, 67),
            c(ba, 'insert', -100, 68), c(ba, 'insert', 0, 300), c(ba, 'pop'), c(ba, 'pop', 0), c(ba, 'pop', -2),
            c(ba, 'pop', 10), c(bytearray(), 'pop'), c(ba, 'remove', 108), c(ba, 'remove', 98), c(ba, 'remove', 300),
            c(ba, 'clear'), c(ba, 'copy'), c(ba, 'reverse'), c(ba, '__setitem__', 0, 72), c(ba, '__setitem__', -1, 300),
            c(ba, '__setitem__', 5, 1), c(ba, '__setitem__', slice(0, 2), b'XYZ'), c(ba, '__setitem__', slice(1, 1), [1, 2]),
            c(ba, '__setitem__', slice(None, None, 2), b'abc'), c(ba, '__setitem__', slice(None, None, 2), b'ab'),
            c(ba, '__setitem__', slice(0, 1), 5), c(ba, '__setitem__', slice(0, 1), 'ab'),
            c(ba, '__setitem__', slice(4, 1), b'Q'), c(ba, '__setitem__', slice(None, None, -1), b'abcde'),
            c(ba, '__delitem__', 0), c(ba, '__delitem__', -1), c(ba, '__delitem__', 5), c(ba, '__delitem__', slice(1, 3)),
            c(ba, '__delitem__', slice(None, None, 2)), c(ba, '__delitem__', slice(None, None, -2)),
            c(ba, '__iadd__', b'!!'), c(ba, '__iadd__', 'x'), c(ba, '__imul__', 2), c(ba, '__imul__', 0), c(ba, 'hash' if False else 'len')]
    for mv in [memoryview(b'abcdef')]:
        out += [c(mv, 'tolist'), c(mv, 'tobytes'), c(mv, 'len'), c(mv, '[]', 0), c(mv, '[]', -1), c(mv, '[]', 6),
                c(mv, '[]', 'x'), c(mv, 'hex'), c(mv, '==', b'abcdef'), c(mv, '==', bytearray(b'abcdeg')), c(mv, '==', 1),
                c(mv, '__setitem__', 0, 1)]
    return out


def format_cases():
    out = []
    for tmpl, args, kw in [
            ('{}', (1,), {}), ('{0}{1}{0}', ('a', 'b'), {}), ('{x}-{y}', (), {'x': 1, 'y': 'z'}), ('{{}}', (), {}),
            ('{{{0}}}', (5,), {}), ('a{{b', (), {}), ('{0!r}', ('x',), {}), ('{0!s}', ('x',), {}), ('{0!a}', ('é',), {}),
            ('{:>10}', ('abc',), {}), ('{:<10}|', ('abc',), {}), ('{:^10}|', ('abc',), {}), ('{:*^9}', ('abc',), {}),
            ('{:.2}', ('abcdef',), {}), ('{:10.2}|', ('abcdef',), {}), ('{:s}', ('x',), {}), ('{:\U0001F600>5}', ('x',), {}),
            ('{0[0]}{0[1]}', (['p', 'q'],), {}), ('{0[a]}', ({'a': 7},), {}), ('{d[k]}', (), {'d': {'k': 'v'}}),
            ('{0[1]}', ('xyz',), {}), ('{:{w}}|', ('ab',), {'w': 6}), ('{:{}}|', ('ab', 5), {}), ('{:>{}.{}}|', ('abcdef', 8, 3), {}),
            ('{0:{1}}', ('a', '>4'), {}), ('{0.x}', (1,), {}), ('{0[x]}', ([1],), {}), ('{0[0]}', ([],), {}), ('{!x}', (1,), {}),
            ('{0!}', (1,), {}), ('{:=5}', ('a',), {}), ('{:+}', ('a',), {}), ('{:#}', ('a',), {}), ('{:d}', ('a',), {}),
            ('{:{:{}}}', (1, 2, 3), {}), ('{0[}', (1,), {}), ('{0.}', (1,), {}), ('{0!r', (1,), {}), ('{0:', (1,), {}),
            ('{:', (1,), {}), ('{0]}', (1,), {}), ('{', (), {}), ('}', (), {}), ('a}b', (), {}), ('{0}{}', (1, 2), {}),
            ('{}{0}', (1, 2), {}), ('{1}', (1,), {}), ('{}', (), {}), ('{a}', (), {}), ('{0!rr}', (1,), {}),
            ('{0[0]x}', ([1],), {}), ('{0[0}', ([1],), {}), ('{a{b}', (), {}), ('{00}', ('z',), {}), ('{٣}', (0, 1, 2, 'three'), {}),
            ('{:z}', ('a',), {}), ('{:,}', ('a',), {}), ('{:0}', ('a',), {}), ('{:010}', ('a',), {}), ('{:<010}', ('a',), {}),
            ('{:99999999999999999999}', ('a',), {}), ('{0:.0}', ('abc',), {}), ('{:.}', ('a',), {}), ('{:\U0001F600^7}', ('\U0001F600',), {}),
            ('{:5}|{:<5}|{:>5}', ('ab', 'cd', 'ef'), {}), ('{0:{1}.{2}}', ('hello', 8, 2), {}),
            ('{.__class__}', ('x',), {}), ('{0[-1]}', ({-1: 'neg'},), {}), ('{0[ ]}', ({' ': 'sp'},), {})]:
        out.append(c(tmpl, 'format', *args, **kw))
    out += [c('{a}-{b}', 'format_map', {'a': 1, 'b': 2}), c('{0}', 'format_map', {}), c('{a}', 'format_map', {}),
            c('x', 'format_map', 1), c('{a}', 'format_map', 1)]
    for spec in ['', 's', '10', '<10', '>10', '^10', '*<6', '.3', '8.3', 'x', '=5', '+', '#', ',', '_', 'z',
                 '010', '0<10', ' ', '-', '5s', '^', '\U0001F600^5', 'ss', '1e']:
        for v in ['abc', '', 'é\U0001F600']:
            out.append(c(v, 'format()', spec))
    return out


def percent_cases():
    out = []
    for fmt, args in [
            ('%s', 'x'), ('%s', (1,)), ('%s %s', (1, 'a')), ('%r', 'x'), ('%a', 'é'), ('%5s|', 'ab'), ('%-5s|', 'ab'),
            ('%.1s', 'abc'), ('%5.2s|', 'abc'), ('%d', 42), ('%i', -7), ('%u', 3), ('%d', 3.99), ('%d', True),
            ('%d', 10 ** 30), ('%5d|', 42), ('%-5d|', 42), ('%05d', -42), ('%+d', 5), ('% d', 5), ('%+ d', 5),
            ('%.3d', 5), ('%x', 255), ('%X', 255), ('%o', 8), ('%#x', 255), ('%#X', 255), ('%#o', 8), ('%#.3x', 5),
            ('%x', -255), ('%#010x', 255), ('%-#8o|', 8), ('%e', 1234.5), ('%E', 0.000123), ('%10.3e|', 1234.5),
            ('%f', 3.14159), ('%.2f', 2.675), ('%.0f', 2.5), ('%F', float('inf')), ('%f', float('nan')), ('%g', 1e-5),
            ('%G', 1e20), ('%#g', 1.0), ('%g', 100000.0), ('%g', 1000000.0), ('%+.1f', -0.0), ('%08.2f', -1.5),
            ('%05f|', float('inf')), ('%-8f|', float('nan')), ('%f', 10), ('%f', True), ('%c', 65), ('%c', 'b'),
            ('%c%c', (0x1F600, 'é')), ('%%', ()), ('%s %%', 1), ('%(a)s %(b)r', {'a': 1, 'b': 'x'}),
            ('%(a)s %(a)s', {'a': 1}), ('%(a)5d|', {'a': 3}), ('%s %(a)s', {'a': 1}), ('%(a)s %s', {'a': 1}),
            ('%*d|', (5, 3)), ('%*d|', (-5, 3)), ('%.*f', (2, 3.14159)), ('%*.*f|', (8, 3, 3.14159)), ('%ld %hd %Lf', (1, 2, 3.0)),
            ('%d', 'x'), ('%d %d', (1,)), ('%d', (1, 2)), ('%s %s', 1), ('%(a)s', 1), ('%(a)s', {}), ('%z', 1), ('%c', 'ab'),
            ('%c', 1.5), ('%c', 0x110000), ('%c', -1), ('%x', 1.5), ('%f', 'x'), ('%', ()), ('%(a', {'a': 1}), ('%*d', ('x', 1)),
            ('%.*f', ('x', 1.0)), ('%i', 'x'), ('%u', None), ('%o', 1.0), ('%e', 'x'), ('%s', ()), ('a', 1), ('a', ()),
            ('a', []), ('a', {}), ('%5%', (1,)), ('%5%', ()), ('%-5%|', (1,)), ('%(a)%', {'a': 1}), ('%s', [1, 2]),
            ('%s', b'x'), ('%r', b'x'), ('%d', 2 ** 64), ('%x', 2 ** 70), ('%f', 10 ** 400), ('é%sé', 'x'),
            ('\U0001F600%z', 1), ('%s', ('a',)), ('%10.4f|', -3.14159), ('% 5d|', 42), ('%-+5d|', 42), ('%#5x|', 255),
            ('%.0e', 12345.678), ('%#.0e', 12345.678), ('%#.0f', 3.0), ('%.3g', 0.0001234), ('%.10g', 1 / 3),
            ('%3c|', 'x'), ('%-3c|', 65), ('%.0s|', 'abc'), ('%0s|', 'ab'), ('%05s|', 'ab'), ('%r', 'it\'s')]:
        out.append(c(fmt, '%', args))
    for fmt, args in [
            (b'%s', b'a'), (b'%b', bytearray(b'b')), (b'%s %b', (b'a', memoryview(b'm'))), (b'%s', 1), (b'%s', 'x'),
            (b'%r', 'é'), (b'%a', b'x'), (b'%c', 256), (b'%c', b'ab'), (b'%c', 'a'), (b'%c%c', (65, b'b')), (b'%c', -1),
            (b'%d', 'x'), (b'%d %x %o', (10, 255, 8)), (b'%5.1f|', 3.14159), (b'%(a)s', {b'a': b'x'}), (b'%(a)s', {'a': b'x'}),
            (b'%z', 1), (b'%5s|%-5s|', (b'a', b'b')), (b'%.1s', b'abc'), (b'a', {}), (b'a', b''), (b'a', []), (b'%%', ()),
            (b'%d', (1, 2)), (b'%s %s', (b'a',)), (bytearray(b'%d!'), 5), (b'\xff%s', b'\xfe')]:
        out.append(c(fmt, '%', args))
    return out


def repr_cases():
    out = []
    for cp in list(range(0, 0x300)) + [0x34f, 0x378, 0x61c, 0x85, 0xa0, 0xad, 0x2028, 0x200b, 0x200d, 0x2060,
                                        0x3000, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xf8ff, 0xfeff, 0xfffd,
                                        0xfffe, 0xffff, 0x10000, 0x1f600, 0xe0001, 0xf0000, 0x10ffff]:
        out.append(c(chr(cp), 'repr'))
        out.append(c(chr(cp), 'ascii'))
    for s in ["it's", 'say "hi"', 'both \' and "', 'tab\tnl\ncr\rbs\\', '', 'é\U0001F600\x00', '\x1b[0m']:
        out += [c(s, 'repr'), c(s, 'ascii'), c(s, 'str')]
    return out


def char_class_cases():
    """isX of single characters over the BMP and a few astral samples (assigned before Unicode 13)."""
    out = []
    sample = list(range(0, 0x3000, 23)) + list(range(0xa000, 0xd800, 197)) + list(range(0xf900, 0x10000, 41)) + \
        [0x10400, 0x1d7ce, 0x1f600, 0x20000, 0x1d400]
    for cp in sample:
        ch = chr(cp)
        for m in ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'islower', 'isupper', 'isprintable',
                  'isidentifier', 'upper', 'lower', 'title', 'casefold', 'swapcase']:
            out.append(c(ch, m))
    return out


if __name__ == '__main__':
    write('str_methods.tsv', str_cases())
    write('bytes_methods.tsv', bytes_cases())
    write('str_format.tsv', format_cases())
    write('percent_format.tsv', percent_cases())
    write('repr.tsv', repr_cases())
    write('char_classes.tsv', char_class_cases())
