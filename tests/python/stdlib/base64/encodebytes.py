import base64
e = base64.encodebytes(b'x' * 100)
print(e)
print(base64.decodebytes(e) == b'x' * 100, base64.encodebytes(b''), base64.encodebytes(b'abc'))
