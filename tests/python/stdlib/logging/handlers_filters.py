import io
import logging
import os
import tempfile

log = logging.getLogger('hf')
log.setLevel(logging.DEBUG)
log.propagate = False
out = io.StringIO()
h = logging.StreamHandler(out)
h.setLevel(logging.INFO)
log.addHandler(h)
log.debug('below handler level')
log.info('passes')


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


h.addFilter(OnlyEven())
for i in range(5):
    log.info('n=%d', i)
h.filters.clear()
log.addFilter(lambda r: 'secret' not in r.getMessage())
log.info('a secret')
log.info('public')
log.filters.clear()
f = logging.Filter('hf.sub')
print(f.filter(logging.makeLogRecord({'name': 'hf.sub.x'})), f.filter(logging.makeLogRecord({'name': 'hf.subway'})))
print(logging.Filter().filter(logging.makeLogRecord({'name': 'any'})))

path = os.path.join(tempfile.mkdtemp(), 'app.log')
fh = logging.FileHandler(path, mode='w')
fh.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))
log.addHandler(fh)
log.warning('to file and stream')
log.removeHandler(fh)
fh.close()
with open(path) as fp:
    print(repr(fp.read()))
print(fh.baseFilename == path, repr(h))
h.terminator = ' | '
log.info('custom terminator')
print(repr(out.getvalue()))
null = logging.NullHandler()
log.addHandler(null)
log.removeHandler(null)
print(len(log.handlers))
sh = logging.StreamHandler()
print(repr(sh), sh.level, sh.formatter)
h.setLevel('WARNING')
print(h.level)
try:
    h.setLevel('LOUD')
except ValueError as e:
    print('ValueError:', e)
os.remove(path)
