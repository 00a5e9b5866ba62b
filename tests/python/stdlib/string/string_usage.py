# typical uses: filtering characters, building tables, caesar shift
import string

s = 'Hello, World! 123'
print(''.join(c for c in s if c in string.ascii_letters))
print(''.join(c for c in s if c not in string.punctuation))
print(sum(c in string.digits for c in s))
shift = 3
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[shift:] + string.ascii_lowercase[:shift])
print('attack at dawn'.translate(table))
print([c for c in string.hexdigits if c.isupper()])
print(string.Template('$x + $y = ${z}').substitute(x=1, y=2, z=3))
