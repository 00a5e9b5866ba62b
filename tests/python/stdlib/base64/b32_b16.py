import base64, binascii
for s in [b'', b'a', b'ab', b'abc', b'abcd', b'abcde', b'\x00\xff']:
    print(s, base64.b32encode(s), base64.b32decode(base64.b32encode(s)), base64.b32hexencode(s), base64.b16encode(s), base64.b16decode(base64.b16encode(s)))
print(base64.b32decode('mfrgg===', casefold=True), base64.b16decode('ff00', casefold=True))
for bad in [lambda: base64.b32decode('MFRGG'), lambda: base64.b16decode('ff'), lambda: base64.b32decode('M1======')]:
    try:
        bad()
    except binascii.Error as e:
        print('Error', e)
