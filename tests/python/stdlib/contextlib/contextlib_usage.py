# a typical pattern: temporary state changes that always restore
import contextlib

settings = {'precision': 2}

@contextlib.contextmanager
def setting(key, value):
    old = settings[key]
    settings[key] = value
    try:
        yield settings
    finally:
        settings[key] = old

def fmt(x):
    return '%.*f' % (settings['precision'], x)

print(fmt(3.14159))
with setting('precision', 4):
    print(fmt(3.14159))
    with setting('precision', 0):
        print(fmt(3.14159))
    print(fmt(3.14159))
print(fmt(3.14159), settings)
try:
    with setting('precision', 6):
        raise RuntimeError('fail inside')
except RuntimeError:
    pass
print(settings)
