# plistlib with files in a temporary directory, format detection and errors.
import os
import plistlib
import tempfile

with tempfile.TemporaryDirectory() as d:
    for fmt in (plistlib.FMT_XML, plistlib.FMT_BINARY):
        path = os.path.join(d, 'settings-%s.plist' % fmt.name)
        with open(path, 'wb') as f:
            plistlib.dump({'fmt': fmt.name, 'values': [1, 2.0, 'three']}, f, fmt=fmt)
        with open(path, 'rb') as f:
            print(fmt, plistlib.load(f), os.path.getsize(path))
        with open(path, 'rb') as f:
            print(plistlib.load(f, fmt=fmt)['fmt'])
print(plistlib.FMT_XML, repr(plistlib.FMT_BINARY), plistlib.FMT_XML.value)
for bad in (b'', b'garbage', b'bplist00\x00\x01'):
    try:
        plistlib.loads(bad)
    except plistlib.InvalidFileException as e:
        print('InvalidFileException:', e)
for value in (None, {1: 2}, 'bad\x00char', 2**64, object()):
    try:
        plistlib.dumps(value)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, str(e)[:60])
print(plistlib.dumps({1: 'a', 'b': 2}, skipkeys=True, sort_keys=False).decode().splitlines()[3:7])
try:
    plistlib.dumps([], fmt='json')
except ValueError as e:
    print('ValueError:', e)
xml = b'<?xml version="1.0"?><plist version="1.0"><array><integer>0x10</integer><real>1e3</real><date>2001-01-01T00:00:00Z</date></array></plist>'
print(plistlib.loads(xml))
