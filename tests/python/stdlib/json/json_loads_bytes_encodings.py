# json.loads of bytes detects UTF-8 (with or without BOM), UTF-16 and UTF-32 from the first bytes.
import json
for b in [b'\xff\xfe{}', b'\xef\xbb\xbf{"a": 1}', '{"x": [1, "é"]}'.encode('utf-16'), '{"x": 2}'.encode('utf-16-le'), '{"x": 3}'.encode('utf-32-be'), '[1]'.encode('utf-32'), b'"\xed\xa0\x80"', b'12', b'\x001', bytearray(b'[true]'), b'\xff']:
    try:
        print(repr(json.loads(b)))
    except Exception as e:
        print(type(e).__name__, e)
print(json.detect_encoding(b'\x00a'))
