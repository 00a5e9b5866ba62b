# TextWrapper options
import textwrap

text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor."
print(textwrap.fill(text, width=30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('supercalifragilisticexpialidocious is a word', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious is a word', 10, break_long_words=False))
print(textwrap.wrap('well-known hyphen-ated', 6), textwrap.wrap('well-known hyphen-ated', 6, break_on_hyphens=False))
print(textwrap.wrap('  keep   spaces  ', 8, drop_whitespace=False))
w = textwrap.TextWrapper(width=25, max_lines=2, placeholder=' ...')
print(w.wrap(text))
print(textwrap.TextWrapper(width=20, fix_sentence_endings=True).wrap('Hi there. How are you? Fine.'))
print(textwrap.wrap('a\tb', expand_tabs=False, width=10), textwrap.wrap('a\tb', tabsize=4, width=10))
try:
    textwrap.wrap('x', width=0)
except ValueError as e:
    print('ValueError:', e)
