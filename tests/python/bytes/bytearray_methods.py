ba = bytearray(b"hello")
ba[0] = ord("H")
ba.append(ord("!"))
ba.extend(b" world")
print(ba, len(ba))
ba.insert(0, 62)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("l"))
print(ba)
ba.reverse()
print(ba)
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba, ba.find(b"Z"), ba.count(b"l"), ba.upper())
ba2 = bytearray(3)
print(ba2, bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"ab") + b"cd", bytearray(b"x") * 2)
print(ba2 == bytes(3), bytearray(b"abc").decode(), bytearray.fromhex("4142"))
ba3 = bytearray(b"abc")
ba3 += b"def"
print(ba3, ba3[::-1], ba3.hex())
ba3.clear()
print(ba3, bytes(bytearray(b"frozen")))
try:
    bytearray(b"x")[0] = 256
except ValueError as e:
    print(e)
