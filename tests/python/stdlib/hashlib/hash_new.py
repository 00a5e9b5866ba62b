import hashlib
print(hashlib.new('sha1', b'abc').hexdigest(), hashlib.new('SHA256', b'').hexdigest(), hashlib.new('md5').name)
try:
    hashlib.new('nope')
except ValueError as e:
    print('ValueError', e)
try:
    hashlib.sha1('text')
except TypeError as e:
    print('TypeError', e)
