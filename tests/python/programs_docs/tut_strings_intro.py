# Tutorial 3.1.2: text, quoting, slicing and immutability of strings.
print('spam eggs')
print('doesn\'t', "doesn't")
print('"Yes," they said.', "\"Yes,\" they said.", '"Isn\'t," they said.')
s = 'First line.\nSecond line.'
print(s)
print(repr(s))
print('C:\some\name'.count('\n'), r'C:\some\name')
print("""\
Usage: thingy [OPTIONS]
     -h                        Display this usage message
     -H hostname               Hostname to connect to
""")
print(3 * 'un' + 'ium')
print('Py' 'thon')
text = ('Put several strings within parentheses '
        'to have them joined together.')
print(text)
prefix = 'Py'
print(prefix + 'thon')
word = 'Python'
print(word[0], word[5], word[-1], word[-2], word[-6])
print(word[0:2], word[2:5], word[:2], word[4:], word[-2:])
print(word[:2] + word[2:], word[:4] + word[4:])
print(word[4:42], repr(word[42:]))
try:
    word[42]
except IndexError as e:
    print('IndexError:', e)
try:
    word[0] = 'J'
except TypeError as e:
    print('TypeError:', e)
print('J' + word[1:], word[:2] + 'py')
s = 'supercalifragilisticexpialidocious'
print(len(s))
print(word[::-1], word[::2], word[1::2], word[-1:-4:-1])
