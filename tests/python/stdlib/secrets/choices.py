import secrets

seen = {secrets.randbelow(5) for _ in range(300)}
print(seen <= {0, 1, 2, 3, 4}, min(seen) >= 0)
print(secrets.choice(['only']))
print(secrets.choice('abc') in 'abc')
print(0 <= secrets.randbits(8) < 256)
try:
    secrets.randbelow(0)
except ValueError as e:
    print('ValueError:', e)
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'))
print(isinstance(secrets.SystemRandom().random(), float))
alphabet = 'xyz'
pw = ''.join(secrets.choice(alphabet) for _ in range(20))
print(len(pw), set(pw) <= set(alphabet))
