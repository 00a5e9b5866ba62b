# string.Template advanced: custom pattern, braceidpattern, invalid placeholders with line/col, and format_map with a defaulting mapping.
import string
class PercentTemplate(string.Template):
    delimiter = '%'
    idpattern = r'[a-z][_a-z0-9]*'
print(PercentTemplate('%who owes %amount%%').safe_substitute(who='Tim', amount='$5'))
class BracesOnly(string.Template):
    braceidpattern = r'[A-Z]+'
print(BracesOnly('${ABC} and $lower').substitute(ABC='caps', lower='low'))
class Explicit(string.Template):
    pattern = r'''
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>[a-z]+)\]\] |
      (?P<invalid>)
    )
    '''
print(Explicit('Hello [[name]], [[[[ stays').substitute(name='Ann'))
t = string.Template('line one\nline two has $ bad')
try:
    t.substitute()
except ValueError as e:
    print('ValueError:', e)
try:
    string.Template('${unclosed').substitute(unclosed=1)
except ValueError as e:
    print('ValueError:', e)
print(string.Template('$x$y').substitute({'x': 1}, y=2), string.Template('$x').substitute({'x': 1}, x=3))
print(string.Template('$$ ${x}y $x_y').safe_substitute(x='X'), string.Template('$a').template, string.Template.delimiter, string.Template.idpattern)
print(sorted(string.Template('$a ${b} $a $$c').get_identifiers()), string.Template('$a $').is_valid(), string.Template('${a b}').is_valid())
class Missing(dict):
    def __missing__(self, key):
        return '{' + key + '}'
print('{a} {b} {c!r}'.format_map(Missing(a=1, c='x')))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(len(string.printable), string.ascii_lowercase[::5], string.ascii_uppercase[-3:])
