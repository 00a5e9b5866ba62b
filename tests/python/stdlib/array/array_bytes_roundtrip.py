import array
a = array.array('H', [1, 256, 65535])
raw = a.tobytes()
print(raw, array.array('H', raw), array.array('B', raw))
b = array.array('d', [3.141592653589793, -1e300])
print(array.array('d', b.tobytes()) == b, b.tobytes().hex())
c = array.array('i', range(5)); c.byteswap(); print(c.tobytes()[:8])
