# A WSGI application served by wsgiref.simple_server.make_server in a thread, fetched with
# urllib.request: routing on PATH_INFO, query strings, POST bodies, headers, errors, validator.
import io
import json
import sys
import threading
import urllib.error
import urllib.request
from wsgiref.simple_server import make_server, WSGIRequestHandler
from wsgiref.util import request_uri, shift_path_info
from wsgiref.validate import validator


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):
        pass


seen = []


def app(environ, start_response):
    path = environ['PATH_INFO']
    seen.append((environ['REQUEST_METHOD'], path, environ['QUERY_STRING']))
    if path == '/hello':
        start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8'),
                                  ('X-Custom', 'yes')])
        return [b'Hello, ', 'w\u00f6rld'.encode('utf-8')]
    if path == '/echo':
        length = int(environ.get('CONTENT_LENGTH') or 0)
        body = environ['wsgi.input'].read(length)
        data = {'method': environ['REQUEST_METHOD'], 'type': environ['CONTENT_TYPE'],
                'body': body.decode(), 'agent': environ.get('HTTP_X_CLIENT'),
                'scheme': environ['wsgi.url_scheme'], 'version': list(environ['wsgi.version']),
                'uri_tail': request_uri(environ).split('/', 3)[3]}
        start_response('201 Created', [('Content-Type', 'application/json')])
        return [json.dumps(data, sort_keys=True).encode()]
    if path.startswith('/app/'):
        env = dict(environ)
        first = shift_path_info(env)
        start_response('200 OK', [('Content-Type', 'text/plain')])
        return [("%s|%s|%s" % (first, env['SCRIPT_NAME'], env['PATH_INFO'])).encode()]
    if path == '/stream':
        start_response('200 OK', [('Content-Type', 'text/plain')])
        return (("line %d\n" % i).encode() for i in range(3))
    if path == '/write':
        write = start_response('200 OK', [('Content-Type', 'text/plain')])
        write(b'written ')
        return [b'then returned']
    if path == '/boom':
        raise ValueError("application failed")
    start_response('404 Not Found', [('Content-Type', 'text/plain')])
    return [b'no such page: ' + path.encode()]


server = make_server('127.0.0.1', 0, validator(app), handler_class=QuietHandler)
port = server.server_port
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
thread.start()
base = 'http://127.0.0.1:%d' % port

old_stderr = sys.stderr
sys.stderr = io.StringIO()   # the failing app's traceback goes to wsgi.errors
try:
    with urllib.request.urlopen(base + '/hello?x=1') as r:
        print(r.status, r.reason, r.headers['Content-Type'], r.headers['X-Custom'],
              r.headers['Content-Length'], r.headers['Server'].split()[0])
        print(r.read().decode('utf-8'))
    req = urllib.request.Request(base + '/echo?a=b', data=b'name=value',
                                 headers={'X-Client': 'test'})
    with urllib.request.urlopen(req) as r:
        print(r.status, r.reason, r.headers.get('Content-Length') is None)
        print(r.read().decode())
    for path in ['/app/one/two', '/stream', '/write']:
        with urllib.request.urlopen(base + path) as r:
            print(path, r.status, repr(r.read().decode()))
    for path in ['/missing', '/boom']:
        try:
            urllib.request.urlopen(base + path)
        except urllib.error.HTTPError as e:
            print(path, e.code, e.reason, e.read())
finally:
    log = sys.stderr.getvalue()
    sys.stderr = old_stderr
print('traceback logged:', 'ValueError: application failed' in log)
server.shutdown()
server.server_close()
thread.join()
print(seen)
