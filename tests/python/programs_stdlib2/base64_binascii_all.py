import base64
import binascii

data = b"Weft: Python on the JVM \x00\xff\xfe"
for name in ("b64encode", "urlsafe_b64encode", "standard_b64encode", "b32encode", "b32hexencode", "b16encode", "a85encode", "b85encode"):
    enc = getattr(base64, name)(data)
    dec = getattr(base64, name.replace("encode", "decode"))(enc)
    print(name, enc, dec == data)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("+/8=", validate=True))
print(base64.a85encode(b"hello world", wrapcol=10, adobe=True))
print(base64.a85encode(b"\x00\x00\x00\x00    ", foldspaces=True))
print(base64.a85decode(b"<~BOu!rD]j7BEbo7~>", adobe=True))
print(base64.encodebytes(b"x" * 60))
print(base64.decodebytes(b"eHh4\neHh4\n"))
print(base64.b32decode("mfrgg===", casefold=True), base64.b32decode("MFRGG===", map01=None))
print(base64.b16decode("4a4b", casefold=True))
print(base64.b64decode("YWJj\nZGVm"), base64.b64decode(b"YW Jj"))
for bad in ("abc", "a===", "YWJ$"):
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("Error", e)
try:
    base64.b64decode("YWJjZA")
except binascii.Error as e:
    print("Error", e)
try:
    base64.b16decode("4a4")
except binascii.Error as e:
    print("Error", e)
try:
    base64.b32decode("MFRGG")
except binascii.Error as e:
    print("Error", e)
try:
    base64.b64encode("text")
except TypeError as e:
    print("TypeError", e)

print(binascii.hexlify(b"\x01\xab"), binascii.hexlify(b"\x01\xab\xcd", "-"), binascii.hexlify(b"abcdef", ":", 2))
print(binascii.unhexlify("01ab"), binascii.a2b_hex(b"ff00"), binascii.b2a_hex(b"hi"))
print(binascii.b2a_base64(b"abc"), binascii.b2a_base64(b"abc", newline=False), binascii.a2b_base64(b"YWJj\n"))
print(binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc_hqx(b"hello", 0))
print(binascii.b2a_qp(b"caf\xe9 = ok\n"), binascii.a2b_qp(b"caf=E9 =3D ok"))
print(binascii.b2a_uu(b"uuencode me"), binascii.a2b_uu(binascii.b2a_uu(b"uuencode me")))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("Error", e)
try:
    binascii.unhexlify("zz")
except binascii.Error as e:
    print("Error", e)
print(bytes.fromhex("de ad be ef").hex(" "), b"\x00\x01".hex(), bytes.fromhex("DEAD").hex("|", -1))
print(binascii.Error.__mro__)
