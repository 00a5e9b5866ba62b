"""The utf-8-sig codec: a BOM written on encoding, dropped (if present) on decoding; unknown codecs."""
print(repr(b''.decode('utf-8-sig')), repr(b'\xef\xbb\xbfhi'.decode('utf-8-sig')), repr(b'hi'.decode('utf_8_sig')))
print('x\u00e9'.encode('utf-8-sig'), ''.encode('UTF-8-SIG'))
for enc in ('utf-7-nonexistent', 'utf_99'):
    try:
        b'x'.decode(enc)
    except LookupError as e:
        print('LookupError:', e)
