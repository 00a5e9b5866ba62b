# SimpleHTTPRequestHandler serving a temporary directory; fetched with urlopen.
import functools
import http.server
import os
import tempfile
import threading
import urllib.error
import urllib.request

with tempfile.TemporaryDirectory() as root:
    with open(os.path.join(root, 'hello.txt'), 'w') as f:
        f.write('static file\n')
    os.mkdir(os.path.join(root, 'sub'))
    with open(os.path.join(root, 'sub', 'data.json'), 'w') as f:
        f.write('{"a": 1}')

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format, *args):
            pass

    handler = functools.partial(Quiet, directory=root)
    server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), handler)
    t = threading.Thread(target=server.serve_forever)
    t.start()
    base = 'http://127.0.0.1:%d' % server.server_port
    with urllib.request.urlopen(base + '/hello.txt') as r:
        print(r.status, r.headers['Content-Type'], r.headers['Content-Length'], r.read())
    with urllib.request.urlopen(base + '/sub/data.json') as r:
        print(r.status, r.headers['Content-Type'], r.read())
    with urllib.request.urlopen(base + '/sub') as r:
        page = r.read().decode()
        print(r.status, r.geturl().endswith('/sub/'), 'data.json' in page)
    try:
        urllib.request.urlopen(base + '/nothing.txt')
    except urllib.error.HTTPError as e:
        print(e.code, e.reason)
    server.shutdown()
    t.join()
    server.server_close()
