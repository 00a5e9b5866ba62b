import binascii
for s in [b'', b'hi', b'abc', b'\x00\x01\x02\x03']:
    e = binascii.b2a_base64(s)
    print(s, e, binascii.b2a_base64(s, newline=False), binascii.a2b_base64(e))
for bad in [b'abc', b'a']:
    try:
        binascii.a2b_base64(bad)
    except binascii.Error as e:
        print('Error', e)
