import base64, binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256)), b"\xfb\xff\xfe"]
for s in samples:
    print(s, base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b16encode(s))
    print("  ", base64.b85encode(s), base64.a85encode(s), base64.b32hexencode(s))
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b85decode(base64.b85encode(s)) == s
    assert base64.a85decode(base64.a85encode(s)) == s
print(base64.b64encode(b"\xff\xfe", altchars=b"-_"), base64.b64decode("//4=", altchars="-_"))
print(base64.standard_b64encode(b"hi"), base64.standard_b64decode(b"aGk="), base64.urlsafe_b64decode("-_8="))
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGVs\nbG8="), base64.b64decode("aGVsbG8"+"=="))
try:
    base64.b64decode("aGVsbG8")
except binascii.Error as e:
    print(type(e).__name__, e)
try:
    base64.b64decode("aGV$sbG8=", validate=True)
except binascii.Error as e:
    print(type(e).__name__, e)
print(base64.b64decode("aGV$sbG8="))
try:
    base64.b64decode("a")
except binascii.Error as e:
    print(type(e).__name__, e)
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6==="))
try:
    base64.b32decode("MZXW6")
except binascii.Error as e:
    print(type(e).__name__, e)
print(base64.b16decode("666f6f", casefold=True))
try:
    base64.b16decode("666f6f")
except binascii.Error as e:
    print(type(e).__name__, e)
print(base64.a85encode(b"\x00" * 8), base64.a85encode(b"    ", foldspaces=True), base64.a85encode(b"hello world", adobe=True))
print(base64.a85encode(b"x" * 30, wrapcol=10), base64.a85decode(b"<~BOu!rD]j7BEbo7~>", adobe=True))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"))
try:
    base64.b64encode("text")
except TypeError as e:
    print(type(e).__name__, e)
print(binascii.hexlify(b"\x01\xab"), binascii.hexlify(b"\x01\xab\xcd", "-"), binascii.unhexlify("01AB"))
print(binascii.b2a_hex(b"abc", b":", 2), binascii.a2b_hex(b"6162"))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print(type(e).__name__, e)
try:
    binascii.unhexlify("zz")
except binascii.Error as e:
    print(type(e).__name__, e)
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hello", newline=False), binascii.a2b_base64(b"aGVsbG8=\n"))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc_hqx(b"abc", 0))
print(binascii.b2a_qp(b"caf\xe9 = ok\n"), binascii.a2b_qp(b"caf=E9"))
print(b"\x00\xff".hex(), bytes.fromhex("de ad be ef"), b"abc".hex(" ", 1), bytearray(b"xy").hex())
