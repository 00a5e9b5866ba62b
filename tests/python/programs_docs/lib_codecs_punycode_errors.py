# codecs: the punycode codec, and codec errors wrapped with the codec's name as CPython 3.11 does (custom codecs too).
import codecs
print('bücher'.encode('punycode'), b'bcher-kva'.decode('punycode'), 'abc'.encode('punycode'))
print(codecs.encode('münchen', 'punycode'), codecs.decode(b'mnchen-3ya', 'punycode'), codecs.lookup('punycode').name)
for data in [b'xyz-99999', b'abc-!', b'bcher-k\xffa']:
    try:
        data.decode('punycode')
    except UnicodeError as e:
        print(type(e).__name__, e)
try:
    b'zz'.decode('hex')
except Exception as e:
    print(type(e).__name__, e)
print(b'abc-!'.decode('punycode', 'ignore'))
for args in [(b'zz', 'hex'), (b'a', 'base64'), (b'x', 'zlib'), (b'abc-!', 'punycode')]:
    try:
        codecs.decode(*args)
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__))
try:
    codecs.encode('x', 'hex')
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__))
try:
    b'abc-!'.decode('punycode')
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__))
class E(ValueError): pass
def bad_decode(input, errors='strict'):
    raise E('custom failure')
def bad2(input, errors='strict'):
    raise ValueError('two', 'args')
def bad3(input, errors='strict'):
    e = ValueError('attr'); e.x = 1; raise e
def bad4(input, errors='strict'):
    raise KeyError('k')
def bad5(input, errors='strict'):
    raise UnicodeDecodeError('ascii', b'x', 0, 1, 'why')
def search(name):
    table = {'bad1': bad_decode, 'bad2': bad2, 'bad3': bad3, 'bad4': bad4, 'bad5': bad5}
    if name in table:
        return codecs.CodecInfo(name=name, encode=table[name], decode=table[name])
codecs.register(search)
for n in ['bad1', 'bad2', 'bad3', 'bad4', 'bad5']:
    for f in (lambda: b'x'.decode(n), lambda: 'x'.encode(n), lambda: codecs.decode(b'x', n)):
        try:
            f()
        except Exception as e:
            print(n, type(e).__name__, e, repr(e.__cause__))
