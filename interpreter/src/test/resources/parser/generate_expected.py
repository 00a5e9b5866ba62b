#!/usr/bin/env python3
"""Writes the expected outputs of the parser corpora with the real CPython (3.11).

    python3 generate_expected.py

good.corpus -> good.expected: ast.dump(ast.parse(snippet)) for each snippet.
good.corpus -> good.positions: every located node's class and position, in ast.dump order,
                               for the ASCII-only snippets (CPython counts columns in UTF-8
                               bytes, Weft in code points; the two agree on ASCII).
bad.corpus  -> bad.expected:  the SyntaxError report CPython prints for each snippet
                              (traceback.format_exception_only), kind first.
A corpus is a list of cases, each a line '### name' followed by the snippet's lines.
A case whose name ends in '-crlf' has its newlines turned into '\\r\\n'.
Never edit the .expected files by hand: change the corpus and rerun this script.
"""
import ast
import os
import sys
import traceback
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))


def read_corpus(path):
    cases = []
    name, lines = None, []
    with open(path, encoding='utf-8', newline='') as f:
        for line in f.read().split('\n'):
            if line.startswith('### '):
                if name is not None:
                    cases.append((name, lines))
                name, lines = line[4:].strip(), []
            else:
                lines.append(line)
    if name is not None:
        cases.append((name, lines))
    out = []
    for name, lines in cases:
        while lines and lines[-1] == '' and len(lines) > 1 and lines[-2] == '':
            lines.pop()
        src = '\n'.join(lines)
        if name.endswith('-crlf'):
            src = src.replace('\n', '\r\n')
        out.append((name, src))
    return out


def good(src):
    return ast.dump(ast.parse(src, '<string>', 'exec'))


def positions(src):
    lines = []

    def walk(node):
        if isinstance(node, list):
            for x in node:
                walk(x)
        elif isinstance(node, ast.AST):
            if 'lineno' in node._attributes:
                lines.append('%s %d %d %d %d' % (type(node).__name__.lower(), node.lineno, node.col_offset,
                                                 node.end_lineno, node.end_col_offset))
            for field in node._fields:
                walk(getattr(node, field, None))

    walk(ast.parse(src, '<string>', 'exec'))
    return '\n'.join(lines)


def bad(src):
    try:
        compile(src, '<string>', 'exec')
    except SyntaxError as e:
        report = ''.join(traceback.format_exception_only(type(e), e))
        return report.rstrip('\n')
    return 'NO ERROR'


def write(corpus, expected, fn, ascii_only=False):
    with open(os.path.join(HERE, expected), 'w', encoding='utf-8', newline='\n') as out:
        for name, src in read_corpus(os.path.join(HERE, corpus)):
            if ascii_only and not src.isascii():
                continue
            out.write('### ' + name + '\n' + fn(src) + '\n')


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('run this with CPython 3.11, the version Weft follows')
    warnings.simplefilter('ignore')
    write('good.corpus', 'good.expected', good)
    write('good.corpus', 'good.positions', positions, ascii_only=True)
    write('bad.corpus', 'bad.expected', bad)


if __name__ == '__main__':
    main()
