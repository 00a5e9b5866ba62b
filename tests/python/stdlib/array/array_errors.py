import array
for tc, v in [('b', 200), ('b', -200), ('B', -1), ('B', 256), ('h', 40000), ('H', -1), ('i', 2**31), ('I', -1), ('q', 2**63),
              ('Q', -1), ('i', 1.5), ('f', 'x'), ('u', 1), ('u', 'ab')]:
    try:
        array.array(tc, [v])
    except (OverflowError, TypeError) as e:
        print(tc, type(e).__name__, e)
a = array.array('i', [1, 2])
for fn in [lambda: array.array('z'), lambda: a.frombytes(b'abc'), lambda: a + array.array('d'), lambda: a.index(9),
           lambda: a.remove(9), lambda: a[5], lambda: array.array('i', 'abc')]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
