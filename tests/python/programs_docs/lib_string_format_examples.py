# string: the "Format examples" section of the format string syntax page.
import datetime
print('{0}, {1}, {2}'.format('a', 'b', 'c'), '{}, {}, {}'.format('a', 'b', 'c'))
print('{2}, {1}, {0}'.format('a', 'b', 'c'), '{2}, {1}, {0}'.format(*'abc'), '{0}{1}{0}'.format('abra', 'cad'))
print('Coordinates: {latitude}, {longitude}'.format(latitude='37.24N', longitude='-115.81W'))
coord = {'latitude': '37.24N', 'longitude': '-115.81W'}
print('Coordinates: {latitude}, {longitude}'.format(**coord))
c = 3-5j
print(('The complex number {0} is formed from the real part {0.real} '
       'and the imaginary part {0.imag}.').format(c))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __str__(self):
        return 'Point({self.x}, {self.y})'.format(self=self)
print(str(Point(4, 2)))
coord = (3, 5)
print('X: {0[0]};  Y: {0[1]}'.format(coord))
print("repr() shows quotes: {!r}; str() doesn't: {!s}".format('test1', 'test2'))
print('{:<30}|'.format('left aligned'), '{:>30}|'.format('right aligned'))
print('{:^30}|'.format('centered'), '{:*^30}'.format('centered'))
print('{:+f}; {:+f}'.format(3.14, -3.14), '{: f}; {: f}'.format(3.14, -3.14), '{:-f}; {:-f}'.format(3.14, -3.14))
print("int: {0:d};  hex: {0:x};  oct: {0:o};  bin: {0:b}".format(42))
print("int: {0:d};  hex: {0:#x};  oct: {0:#o};  bin: {0:#b}".format(42))
print('{:,}'.format(1234567890), '{:_}'.format(1234567890), '{:_x}'.format(0xdeadbeef))
points = 19
total = 22
print('Correct answers: {:.2%}'.format(points/total))
d = datetime.datetime(2010, 7, 4, 12, 15, 58)
print('{:%Y-%m-%d %H:%M:%S}'.format(d))
for align, text in zip('<^>', ['left', 'center', 'right']):
    print('{0:{fill}{align}16}'.format(text, fill=align, align=align))
octets = [192, 168, 0, 1]
print('{:02X}{:02X}{:02X}{:02X}'.format(*octets))
width = 5
for num in range(5, 12):
    for base in 'dXob':
        print('{0:{width}{base}}'.format(num, base=base, width=width), end=' ')
    print()
print(format(1234.5678, '010.2f'), format(-42, '08d'), format(42, '=+8d'), format(3.0, 'g'), format(1e20, 'g'))
print(format(0.000012345, '.3g'), format(123456789, '.3e'), format(12.5, '#.0f'), format(12, '#.3g'), format(1.0, '.0%'))
print(format(float('inf'), '>6'), format(float('nan'), 'F'), format(-0.0, '+.1f'), format(1234.5, ',.1f'), format(2 ** 64, ',d'))
print(format('abc', '.2'), format('abc', '>6.1'), format(True, 'd'), format(97, 'c'), format(10, 'n'), format(12.0, 'n'))
print(format(1+2j, '.1f'), format(1.5-2j, '>12'), format(3j), format(123, ''), format(12.34, 'E'))
try:
    format('x', 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format(1, ',s')
except ValueError as e:
    print('ValueError:', e)
try:
    '{0:.{1}f}'.format(1.5)
except IndexError as e:
    print('IndexError:', e)
print('{0:.{1}f}|{0:{2}.{1}f}'.format(3.14159, 2, 8))
