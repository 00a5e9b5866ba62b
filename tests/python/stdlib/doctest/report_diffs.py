import doctest

TEXT = '''
>>> for w in ['one', 'two', 'three', 'four', 'five']: print(w)
one
too
three
for
five
>>> print('short')
long
'''
parser = doctest.DocTestParser()
for flag in (0, doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF):
    test = parser.get_doctest(TEXT, {}, 'diffs', 'diffs.txt', 0)
    print(doctest.DocTestRunner(verbose=False, optionflags=flag).run(test))

test = parser.get_doctest('>>> print("a")\nb\n>>> print("c")\nd\n>>> print("e")\ne\n', {}, 'ff', 'ff.txt', 4)
print(doctest.DocTestRunner(verbose=False, optionflags=doctest.FAIL_FAST).run(test))
test = parser.get_doctest('>>> print("a")\nb\n>>> print("c")\nd\n>>> print("e")\ne\n', {}, 'ro', None, 4)
print(doctest.DocTestRunner(verbose=False, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE).run(test))
