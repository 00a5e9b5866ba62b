# split with groups, maxsplit and empty matches
import re

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r'x*', 'axbc'))
print(re.split(r'\b', 'one two'))
print(re.split(r'\s*', ' a b '))
print(re.split(r'(?m)^$', 'a\n\nb'))
print(re.compile(r',').split('a,b,,c', maxsplit=-1))
print(re.split(r'\d', ''))
