# pydoc: describe, getdoc, splitdoc and friends, render_doc/doc over help()'s pages, locate/resolve
import io
import pydoc
import textwrap

def f(x, y=2):
    """Doc of f.

    More lines."""

class C:
    """A class."""
    def meth(self):
        "Method doc."

def g():
    pass
print(pydoc.describe(len), pydoc.describe(pydoc), pydoc.describe(int), pydoc.describe(1), pydoc.describe(f),
      pydoc.describe(C().meth), pydoc.describe(property()), pydoc.describe(textwrap), pydoc.describe(C))
print(repr(pydoc.getdoc(f)), repr(pydoc.getdoc(C)), repr(pydoc.getdoc(g)), repr(pydoc.getdoc(len)))
print(pydoc.splitdoc('Summary line\n\nBody text'), pydoc.splitdoc('one'), pydoc.splitdoc('a\nb'))
print(pydoc.classname(int, 'builtins'), pydoc.classname(C, 'other'), pydoc.isdata(1), pydoc.isdata(f))
print(pydoc.replace('abcb', 'b', 'x', 'a', 'y'), pydoc.cram('abcdefghij', 5), pydoc.stripid('<x at 0x7f123456>'))
print(repr(pydoc.plain('f\bf(x)')))
print(pydoc.plain(pydoc.render_doc(f)))
print(pydoc.render_doc(f, renderer=pydoc.plaintext))
print(pydoc.render_doc(C, renderer=pydoc.plaintext, title='Doc: %s'))
out = io.StringIO()
pydoc.doc(f, output=out)
print(out.getvalue())
pydoc.doc('no.such.thing.here')
print(pydoc.locate('textwrap.dedent') is textwrap.dedent, pydoc.locate('nope_mod_x.y'), pydoc.locate('len'))
print(pydoc.resolve('len'), pydoc.resolve(f)[1], pydoc.resolve(3))
try:
    pydoc.resolve('no_such_name_anywhere')
except ImportError as e:
    print('ImportError:', e)
print(pydoc.__all__)

class D(C):
    """Derived."""
    x = 1
    def other(self, a):
        "Other doc."
    @property
    def prop(self):
        "A property."
print(repr(pydoc.render_doc(f)))
print(repr(pydoc.render_doc(D)))
print(repr(pydoc.render_doc(D().other)))
