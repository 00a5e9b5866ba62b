# reprlib (Repr limits, recursive_repr) and textwrap (wrap, fill, shorten, dedent, indent, TextWrapper options).
import reprlib
import textwrap
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr(tuple(range(10))), reprlib.repr([[[[[1]]]]]), reprlib.repr(2 ** 500))
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
r.maxlevel = 2
print(r.repr([1, 2, 3, 4, 5]), r.repr('abcdefghijklmnop'), r.repr([[[1]]]), r.repr(frozenset('abcdefg')))
class MyList(list):
    @reprlib.recursive_repr()
    def __repr__(self):
        return '<' + '|'.join(map(repr, self)) + '>'
m = MyList('abc')
m.append(m)
m.append('x')
print(m)
import sys
class MyRepr(reprlib.Repr):
    def repr_TextIOWrapper(self, obj, level):
        return 'stream'
print(MyRepr().repr(sys.stdout) if type(sys.stdout).__name__ == 'TextIOWrapper' else 'stream')

sample = ('The textwrap module provides some convenience functions, as well as TextWrapper, the class '
          'that does all the work. If you are just wrapping or filling one or two text strings, the '
          'convenience functions should be good enough.')
print(textwrap.wrap(sample, width=30))
print(textwrap.fill(sample, width=50, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
def test():
    s = '''\
    hello
      world
    '''
    print(repr(s))
    print(repr(textwrap.dedent(s)))
test()
s = 'hello\n\n \nworld'
print(repr(textwrap.indent(s, '  ')), repr(textwrap.indent(s, '+ ', lambda line: True)))
w = textwrap.TextWrapper(width=20, max_lines=3, placeholder=' [..]', break_long_words=False)
print(w.wrap(sample))
print(textwrap.wrap('a-very-long-hyphenated-word-here please', width=10))
print(textwrap.wrap('a-very-long-hyphenated-word-here please', width=10, break_on_hyphens=False))
print(textwrap.wrap('tab\tseparated\ttext', width=12, expand_tabs=True, tabsize=4))
print(textwrap.wrap('Sentence one.  Sentence two. end', width=80, fix_sentence_endings=True))
print(textwrap.wrap('  leading   and   trailing  ', width=10, drop_whitespace=False))
print(textwrap.fill('Supercalifragilisticexpialidocious word', width=10))
try:
    textwrap.wrap('x', width=0)
except ValueError as e:
    print('ValueError:', e)
