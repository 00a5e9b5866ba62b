# the string constants and capwords
import string

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'whitespace', 'printable']:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
print(string.capwords('hello   world  foo'), '|', string.capwords(' lead and trail '))
print(string.capwords('a-b c-d', '-'), string.capwords("it's ALL fine"))
