print(b"%s has %d bytes" % (b"file", 10), b"%5s|%-5s|" % (b"r", b"l"), b"%x %c" % (255, 65))
print(repr(b"\x7f\x80"), str(b"\\"), bytes("é", "utf-16-le"), b"\x01".hex())
print(repr(bytearray(b"it's")), bytearray(b'"'), repr(b"'\""))
