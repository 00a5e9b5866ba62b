import io
import logging

out = io.StringIO()
log = logging.getLogger('exc')
log.propagate = False
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log.addHandler(h)


def fail():
    raise KeyError('missing')


try:
    fail()
except KeyError:
    log.exception('lookup failed for %s', 'k')
try:
    int('x')
except ValueError as e:
    log.error('bad int', exc_info=e)
    log.warning('no traceback here')
    log.warning('explicit', exc_info=True)

text = out.getvalue()
for line in text.splitlines():
    # print only the stable parts of each traceback (no file paths or source lines)
    if line.startswith(('ERROR', 'WARNING', 'Traceback', 'KeyError', 'ValueError')):
        print(line)
print(text.count('Traceback (most recent call last):'))

rec = logging.LogRecord('n', logging.INFO, 'p.py', 1, 'bad %d', ('x',), None)
try:
    rec.getMessage()
except TypeError as e:
    print('TypeError:', e)
print(repr(rec))
