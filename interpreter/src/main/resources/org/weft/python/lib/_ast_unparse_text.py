"""ast.unparse's tables and string quoting: operator symbols and binding strengths, and the
choice of quotes and escapes for string literals, as CPython 3.11 writes them."""

import sys
from _ast import *

# Binding strength, weakest first (CPython's _Precedence order).
(NAMED_EXPR, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, EXPR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR,
 POWER, AWAIT, ATOM) = range(1, 19)
BOR = EXPR

_BINARY = {Add: ('+', ARITH), Sub: ('-', ARITH), Mult: ('*', TERM), MatMult: ('@', TERM),
           Div: ('/', TERM), Mod: ('%', TERM), FloorDiv: ('//', TERM), Pow: ('**', POWER),
           LShift: ('<<', SHIFT), RShift: ('>>', SHIFT), BitOr: ('|', BOR), BitXor: ('^', BXOR),
           BitAnd: ('&', BAND)}
_UNARY = {Not: ('not ', NOT), Invert: ('~', FACTOR), UAdd: ('+', FACTOR), USub: ('-', FACTOR)}
_COMPARE = {Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not',
            In: 'in', NotIn: 'not in'}
_BOOL = {And: ('and', AND), Or: ('or', OR)}
_INFINITY = '1e' + repr(sys.float_info.max_10_exp + 1)
_SINGLE_QUOTES = ("'", '"')
_TRIPLE_QUOTES = ('"""', "'''")


def _unicode_escape(c):
    """c as the 'unicode_escape' codec writes it."""
    special = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'}
    if c in special:
        return special[c]
    code = ord(c)
    if code < 0x100:
        return '\\x%02x' % code
    return '\\u%04x' % code if code < 0x10000 else '\\U%08x' % code


def _escape(text, keep_newlines_tabs):
    out = []
    for c in text:
        if keep_newlines_tabs and c in '\n\t':
            out.append(c)
        elif c == '\\' or not c.isprintable():
            out.append(_unicode_escape(c))
        else:
            out.append(c)
    return ''.join(out)


def _quote(text, quotes, keep_newlines_tabs=True):
    """(escaped body, quotes still usable for it), best first; repr's own choice when no quote
    type can hold the text as it is."""
    body = _escape(text, keep_newlines_tabs)
    usable = [q for q in quotes if q not in body and ('\n' not in body or len(q) == 3)]
    if not usable:
        shown = repr(text)
        return shown[1:-1], [next((q for q in quotes if shown[0] in q), shown[0])]
    if body:
        # A quote type whose character ends the body would close early: prefer the others.
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, usable
