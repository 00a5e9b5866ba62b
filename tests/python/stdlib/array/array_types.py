import array
d = array.array('d', [1.5, 2])
print(d, d.tobytes(), array.array('f', [0.1]).tolist(), array.array('B', b'\x01\x02'), array.array('u', 'xyz').tounicode())
for tc in 'bBhHiIlLqQfd':
    a = array.array(tc, [1, 2, 3])
    print(tc, a.itemsize, a, len(a.tobytes()))
print(array.array('i'), array.array('u', 'hi'), array.array('d'))
