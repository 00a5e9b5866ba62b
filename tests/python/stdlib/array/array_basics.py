import array
b = array.array('h', [1, -2, 3])
b.append(4); b.extend([5, 6]); b.insert(0, 0)
print(b, b.tolist(), b.tobytes(), len(b), b[1], b[-1], b[1:3], b.pop(), b.count(3), b.index(3), b.typecode, b.itemsize)
c = array.array('h'); c.frombytes(b.tobytes())
print(c == b, c, list(reversed(c)), sum(c), 3 in c, 99 in c)
b[0] = 99; del b[1]; b[1:3] = array.array('h', [7, 8, 9])
print(b); b.reverse(); print(b); b.byteswap(); print(b)
print(array.array('q', range(3)) + array.array('q', [9]), array.array('i', [1, 2]) * 2, array.typecodes)
