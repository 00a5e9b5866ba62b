import io
import logging
import time

out = io.StringIO()
log = logging.getLogger('fmt')
log.propagate = False
h = logging.StreamHandler(out)
log.addHandler(h)
log.setLevel(logging.DEBUG)

for fmt, style in [('%(levelname)-8s|%(message)s', '%'), ('{levelname}:{name}:{message!r}', '{'),
                   ('$levelname/$name/${message}', '$'), ('%(levelno)03d %(filename)s %(module)s', '%')]:
    h.setFormatter(logging.Formatter(fmt, style=style))
    log.info('msg %s', 1)

# fixed timestamps make asctime deterministic
rec = logging.makeLogRecord({'msg': 'at %s', 'args': ('noon',), 'levelname': 'INFO', 'name': 'x',
                             'created': time.mktime((2024, 1, 2, 12, 30, 45, 0, 0, -1)), 'msecs': 123.0})
f = logging.Formatter('%(asctime)s %(message)s')
print(f.format(rec))
f = logging.Formatter('[%(asctime)s] %(message)s', datefmt='%d/%m/%Y %H:%M')
print(f.format(rec))
print(f.usesTime(), logging.Formatter('%(message)s').usesTime())
print(logging.Formatter().format(rec), rec.getMessage())
print(logging.BASIC_FORMAT)
for bad in [('%(message)', '%'), ('plain', '{')]:
    try:
        logging.Formatter(*bad[:1], style=bad[1])
    except ValueError as e:
        print('ValueError:', e)
try:
    logging.Formatter(style='x')
except ValueError as e:
    print('ValueError:', e)
print(out.getvalue(), end='')
f = logging.Formatter('%(message)s %(user)s', defaults={'user': 'anon'})
print(f.format(rec))
