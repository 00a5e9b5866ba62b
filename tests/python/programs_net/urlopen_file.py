# urlopen of file: URLs, and URLError for a file that is not there.
import os
import tempfile
import urllib.error
import urllib.request

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'notes.txt')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('first line\nsecond line\n')
    with urllib.request.urlopen('file://' + path) as resp:
        print(resp.headers['Content-type'], resp.headers['Content-length'])
        for line in resp:
            print(line)
    try:
        urllib.request.urlopen('file://' + os.path.join(d, 'absent.txt'))
    except urllib.error.URLError as e:
        print(type(e).__name__, type(e.reason).__name__, e.reason.strerror)
try:
    urllib.request.urlopen('gopher://example.com/')
except urllib.error.URLError as e:
    print(e)
try:
    urllib.request.Request('no scheme')
except ValueError as e:
    print('ValueError', e)
