# string.Formatter subclasses and Template with a custom delimiter and idpattern.
import string

class UpperFormatter(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

class DefaultFormatter(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)

f = UpperFormatter()
print(f.format('{0!u} and {name!r} and {0!s}', 'shout', name='quiet'))
print(DefaultFormatter().format('{a} {b} {0}', 'zero', a='A'))
print(list(string.Formatter().parse('Hi {name:>10}! {{literal}} {0[1]!r:x<3} end')))
print(string.Formatter().vformat('{0}-{k}', ('p',), {'k': 'q'}))
fmt = string.Formatter()
print(fmt.get_field('0.real', (3+4j,), {}), fmt.format_field(3.14159, '.2f'))

class BatchRename(string.Template):
    delimiter = '%'
fmt = 'Ashley_%n%f'
t = BatchRename(fmt)
for i, filename in enumerate(['img_1074.jpg', 'img_1076.jpg', 'img_1077.jpg']):
    base, ext = filename.rsplit('.', 1)
    print('{0} --> {1}'.format(filename, t.substitute(d='', n=i, f='.' + ext)))

class LowerOnly(string.Template):
    idpattern = r'[a-z]+'
    flags = 0
t = LowerOnly('$abc $ABC ${abc}X')
print(t.safe_substitute(abc=1, ABC=2))
s = string.Template('$who likes $what')
print(s.substitute(who='tim', what='kung pao'), s.template)
d = dict(who='tim')
try:
    string.Template('Give $who $100').substitute(d)
except ValueError as e:
    print('ValueError:', e)
try:
    string.Template('$who likes $what').substitute(d)
except KeyError as e:
    print('KeyError:', e)
print(string.Template('$who likes $what').safe_substitute(d))
print(string.Template('$who ${x} $$ $ok').get_identifiers(), string.Template('$a $b').is_valid(), string.Template('$').is_valid())
print(string.capwords(' hello   world  of\tpython '), string.capwords('a-b-c', '-'))
