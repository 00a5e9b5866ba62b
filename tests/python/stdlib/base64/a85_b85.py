import base64
for s in [b'', b'a', b'abcd', b'\x00\x00\x00\x00', b'    ', b'hello world!', bytes(range(10))]:
    a = base64.a85encode(s)
    b = base64.b85encode(s)
    print(s, a, base64.a85decode(a), b, base64.b85decode(b))
print(base64.a85encode(b'hello', adobe=True), base64.a85decode(b'<~BOu!rDZ~>', adobe=True), base64.a85encode(b'    ', foldspaces=True), base64.b85encode(b'ab', pad=True))
