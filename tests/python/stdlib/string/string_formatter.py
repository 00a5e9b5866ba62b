# string.Formatter basics and overriding its steps
import string

f = string.Formatter()
print(f.format('{0}-{1}|{name!r:>8}|{2[0]}|{3.real}', 'a', 'b', [9], 4j, name='n'))
print(f.format('{:>{width}}', 'x', width=5), f.format('{} {}', 1, 2))
print(list(f.parse('x{a:3}y{{z}}{b!s}end')))
print(f.vformat('{0} {k}', (1,), {'k': 'kw'}))

class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<%s?>' % key)
        return super().get_value(key, args, kwargs)

print(Defaulting().format('{known} and {unknown}', known='yes'))

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

print(Upper().format('{} {:x}', 'hello', 255))
try:
    f.format('{0} {}', 1, 2)
except ValueError as e:
    print('ValueError:', e)
