# plistlib XML: exact output and a round trip of every supported type.
import plistlib
import datetime

prefs = {
    'AppName': 'Weft Demo',
    'Version': 3,
    'Ratio': 0.75,
    'Enabled': True,
    'Debug': False,
    'Recent': ['a.txt', 'b & c.txt', '<d>.txt'],
    'Window': {'x': 10, 'y': -20, 'size': (640, 480)},
    'Icon': b'\x89PNG fake icon bytes \x00\xff' * 3,
    'Created': datetime.datetime(2023, 12, 25, 8, 30, 0),
    'Empty': {},
    'None here': [],
}
data = plistlib.dumps(prefs)
print(data.decode('utf-8'))
back = plistlib.loads(data)
print(back['Window'], back['Created'], back['Icon'][:8])
print(back == {**prefs, 'Window': {'x': 10, 'y': -20, 'size': [640, 480]}})
print(list(back))
print(plistlib.dumps(prefs, sort_keys=False).decode().count('<key>'))
