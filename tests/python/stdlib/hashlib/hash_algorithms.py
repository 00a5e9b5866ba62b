import hashlib
need = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256'}
print(need <= hashlib.algorithms_guaranteed, need <= hashlib.algorithms_available)
print(sorted(a for a in hashlib.algorithms_guaranteed if a.startswith('sha') and 'shake' not in a))
