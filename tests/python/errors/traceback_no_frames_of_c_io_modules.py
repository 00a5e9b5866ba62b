# io, array, hashlib, binascii, zlib and pickle are C code in CPython (_io, array, _hashlib,
# binascii, zlib, _pickle): an error they raise has no traceback entry of theirs, only the caller's.
import array
import binascii
import hashlib
import io
import pickle
import traceback
import zlib


def frames(fn):
    try:
        fn()
    except Exception as e:
        names = [f.name for f in traceback.extract_tb(e.__traceback__)]
        print(type(e).__name__, e, names)


def write_closed():
    s = io.StringIO()
    s.close()
    s.write("x")


frames(write_closed)
frames(lambda: io.StringIO(5))
frames(lambda: io.BytesIO().write("s"))
frames(lambda: io.StringIO("a").seek(-1))
frames(lambda: array.array('i', [1.5]))
frames(lambda: array.array('z'))
frames(lambda: hashlib.sha256("text"))
frames(lambda: binascii.unhexlify("abc"))
frames(lambda: pickle.loads(b"garbage"))
frames(lambda: pickle.dumps(lambda: 1))
frames(lambda: zlib.decompress(b"bad"))
