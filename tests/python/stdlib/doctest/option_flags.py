import doctest

parser = doctest.DocTestParser()
runner = doctest.DocTestRunner(verbose=False)

TEXT = '''
>>> print(list(range(20)))  # doctest: +ELLIPSIS
[0, 1, ..., 19]
>>> print(list(range(20)))
[0, 1, ..., 19]
>>> print('a   b\\n  c')  # doctest: +NORMALIZE_WHITESPACE
a b c
>>> print('a  b')
a b
>>> print('x\\n\\ny')
x
<BLANKLINE>
y
>>> print('x\\n\\ny')  # doctest: +DONT_ACCEPT_BLANKLINE
x
<BLANKLINE>
y
>>> 1/0  # doctest: +SKIP
0
>>> True
1
>>> print(list(range(5)))  # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
[0,   1, ...  4]
>>> print(1)  # doctest: -ELLIPSIS
...
'''


def show(flags):
    test = parser.get_doctest(TEXT, {}, 'flags', 'flags.txt', 0)
    print(doctest.DocTestRunner(verbose=False, optionflags=flags).run(test))


show(0)
show(doctest.ELLIPSIS)
show(doctest.DONT_ACCEPT_TRUE_FOR_1)
print(doctest.OPTIONFLAGS_BY_NAME['ELLIPSIS'] == doctest.ELLIPSIS)
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
print(doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)
print(doctest.register_optionflag('MY_FLAG'), doctest.register_optionflag('MY_FLAG'))
