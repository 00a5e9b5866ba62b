# dedent and indent
import textwrap

s = '''
    def f():
        return 1

    print(f())
'''
print(repr(textwrap.dedent(s)))
print(textwrap.dedent('  a\n\tb\n'))
print(repr(textwrap.dedent('   x\n  \n   y')))
print(repr(textwrap.dedent('no indent\n  some')))
print(textwrap.indent('a\nb\n\nc\n', '> '))
print(textwrap.indent('a\n\nb', '+ ', lambda line: True))
print(repr(textwrap.indent('x\r\ny', '  ')))
