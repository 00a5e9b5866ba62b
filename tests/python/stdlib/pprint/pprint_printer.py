# PrettyPrinter objects and streams
import pprint, io

pp = pprint.PrettyPrinter(indent=2, width=30)
pp.pprint({'a': list(range(10)), 'b': 'text'})
print(pp.pformat([1, 2, 3]))
buf = io.StringIO()
pprint.PrettyPrinter(stream=buf, width=20).pprint(list('abcdefghij'))
print(repr(buf.getvalue()))
pprint.pprint(list(range(25)), stream=buf)
print(buf.getvalue().count('\n'))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError:', e)
class C:
    def __repr__(self):
        return 'C()'
pprint.pprint([C()] * 30)
