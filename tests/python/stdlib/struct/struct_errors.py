import struct
tests = [('b', 200), ('B', 300), ('h', 40000), ('H', -1), ('i', 2**31), ('<i', 2**31), ('I', -1), ('<I', -1), ('q', 2**63),
         ('<Q', -1), ('<l', 2**31), ('c', b'ab'), ('c', 1), ('i', 'x'), ('<f', 1e300), ('e', 1e6), ('i', 1.5), ('s', 1), ('<n', 1)]
for f, v in tests:
    try:
        print(f, struct.pack(f, v))
    except Exception as e:
        print(f, type(e).__name__, e)
for f, a in [('2i', (1,)), ('i', (1, 2)), ('x', (1,))]:
    try:
        struct.pack(f, *a)
    except struct.error as e:
        print(f, e)
for fn in [lambda: struct.unpack('i', b'abc'), lambda: struct.calcsize('z'), lambda: struct.unpack_from('i', b'abc', 2),
           lambda: struct.pack_into('i', bytearray(2), 0, 1), lambda: list(struct.iter_unpack('i', b'abcde'))]:
    try:
        fn()
    except struct.error as e:
        print('error', e)
