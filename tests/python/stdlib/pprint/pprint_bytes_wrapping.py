import pprint
for w in (10, 20, 30):
    pprint.pprint(bytearray(b"0123456789abcdefghijklmnop"), width=w)
    pprint.pprint([b"0123456789abcdefghijklmnop", bytearray(b"xyzw" * 8)], width=w)
    pprint.pprint({"k": b"\xff" * 12}, width=w)
