import base64
for s in [b'', b'a', b'ab', b'abc', b'abcd', b'\xff\xfe\xfd', b'hello world']:
    e = base64.b64encode(s)
    print(s, e, base64.b64decode(e), base64.standard_b64encode(s), base64.b64decode(e.decode()))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('-_8=', altchars='-_'), base64.b64encode(bytearray(b'xy')))
