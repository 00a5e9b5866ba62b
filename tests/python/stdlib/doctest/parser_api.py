import doctest

p = doctest.DocTestParser()
text = '''Some text.
    >>> x = 1
    >>> if x:
    ...     print('yes')
    yes

  More text
    >>> print('a\\n\\nb')
    a
    <BLANKLINE>
    b
'''
for piece in p.parse(text, 'demo'):
    if isinstance(piece, doctest.Example):
        print('EX', repr(piece.source), repr(piece.want), piece.lineno, piece.indent)
    else:
        print('TEXT', repr(piece))
t = p.get_doctest(text, {'a': 1}, 'demo', 'demo.txt', 3)
print(t)
print(t.name, t.filename, t.lineno, len(t.examples), t.globs)
print(doctest.DocTest([], {}, 'none', None, None, ''))
print(doctest.Example('1', '1') == doctest.Example('1\n', '1\n'))
for bad in ['>>>x = 1', '   >>> x = 1\n  1', '>>> if 1:\n ...   pass', '>>> 1  # doctest: +NOPE\n', '>>> # doctest: +ELLIPSIS\n']:
    try:
        p.get_examples(bad, 'bad')
    except ValueError as e:
        print('ValueError:', e)
print(doctest.script_from_examples(text), end='')
