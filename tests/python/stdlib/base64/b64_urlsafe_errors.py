import base64, binascii
print(base64.urlsafe_b64encode(b'\xfb\xff\xfe'), base64.urlsafe_b64decode('-_8='), base64.urlsafe_b64decode(b'-__-'))
print(base64.b64decode(b'aGVs bG8=\n'), base64.b64decode('aGVsbG8'+'='))
for bad in ['abc', 'a', b'@@@@', 'aGVsbG8']:
    try:
        print(base64.b64decode(bad))
    except binascii.Error as e:
        print('Error', e)
try:
    base64.b64decode(b'@@@@', validate=True)
except binascii.Error as e:
    print('Error', e)
try:
    base64.b64encode('text')
except TypeError as e:
    print('TypeError', e)
