# crypt: SHA-512, SHA-256 and MD5 crypt with fixed salts, mksalt's shapes and errors
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import crypt
print([(w.category.__name__, str(w.message)) for w in caught])
for word, salt in [('password', '$6$saltsalt$'), ('password', '$5$rounds=5000$toolongsaltstring'),
                   ('password', '$1$abc$'), ('', '$6$x'), ('pässwörd', '$5$rounds=1000$salt'),
                   ('a' * 80, '$1$12345678901'), ('x', '$6$rounds=999$abc'), ('x', '$7$abc'), ('x', '')]:
    print(repr(word[:12]), salt, crypt.crypt(word, salt))
print(crypt.METHOD_SHA512, crypt.METHOD_SHA512.ident, crypt.METHOD_SHA512.salt_chars, crypt.METHOD_SHA512.total_size)
print(crypt.METHOD_MD5.ident, crypt.METHOD_CRYPT.ident, crypt.METHOD_SHA256.total_size, crypt.METHOD_BLOWFISH.ident)
print(crypt.methods[0], all(m in crypt.methods for m in (crypt.METHOD_SHA512, crypt.METHOD_SHA256, crypt.METHOD_MD5)))
salt = crypt.mksalt()
print(len(salt), salt[:3], crypt.mksalt(crypt.METHOD_SHA256, rounds=10000)[:16], len(crypt.mksalt(crypt.METHOD_MD5)))
h = crypt.crypt('secret')
print(h.startswith('$6$'), len(h), crypt.crypt('secret', h) == h, crypt.crypt('wrong', h) == h)
print(crypt.crypt('secret', crypt.METHOD_SHA256).startswith('$5$'))
for kwargs in [dict(method=crypt.METHOD_MD5, rounds=5), dict(method=crypt.METHOD_SHA512, rounds=999),
               dict(method=crypt.METHOD_SHA512, rounds=10 ** 10)]:
    try:
        crypt.mksalt(**kwargs)
    except ValueError as e:
        print('ValueError:', e)
