# wsgiref without sockets: util's URL helpers and path shifting, the Headers class, and
# handlers writing a response to BytesIO (status line, content length, error output).
import io
import warnings
from wsgiref import util
from wsgiref.handlers import BaseCGIHandler, SimpleHandler, format_date_time
from wsgiref.headers import Headers
from wsgiref.validate import validator, WSGIWarning

h = Headers([('Content-Type', 'text/plain')])
h.add_header('Content-Disposition', 'attachment', filename='a b.txt', x_y=None)
h['X-A'] = '1'
print(h.setdefault('X-A', '2'), h.setdefault('X-B', '3'))
print(repr(h))
print(str(h), end='')
print(bytes(h))
print(len(h), h.keys(), h.values()[:1], h.get_all('x-a'), 'x-b' in h, h['nope'], h.get('no', 0))
del h['x-a']
print(h.items())
h.add_header('Set-Cookie', None, a='1', b='q"uote')
print(h.get_all('set-cookie'))
for bad in [lambda: Headers([('a', 1)]), lambda: Headers({}), lambda: h.__setitem__('k', 5)]:
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)

env = {}
util.setup_testing_defaults(env)
print(sorted(k for k in env), env['SERVER_PORT'], env['wsgi.url_scheme'])
print(util.request_uri(env), util.application_uri(env), util.guess_scheme({'HTTPS': 'on'}))
env.update(PATH_INFO='/a b/./c//d', SCRIPT_NAME='/x', QUERY_STRING='q=1', HTTP_HOST='')
env['SERVER_PORT'] = '8080'
print(util.request_uri(env), util.request_uri(env, include_query=False))
while True:
    name = util.shift_path_info(env)
    print(repr(name), repr(env['SCRIPT_NAME']), repr(env['PATH_INFO']))
    if name is None:
        break
print(util.is_hop_by_hop('Connection'), util.is_hop_by_hop('KEEP-ALIVE'), util.is_hop_by_hop('X'))
print(list(util.FileWrapper(io.BytesIO(b'abcdefg'), 3)))
print(format_date_time(0), format_date_time(1700000000))


def app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain'), ('Date', 'fixed')])
    return [b'body of ', environ['PATH_INFO'].encode()]


def failing(environ, start_response):
    raise RuntimeError("nope")


def bad_status(environ, start_response):
    start_response('OK', [])
    return []


base = {'REQUEST_METHOD': 'GET', 'SERVER_NAME': 'h', 'SERVER_PORT': '80', 'PATH_INFO': '/p',
        'SCRIPT_NAME': '', 'SERVER_PROTOCOL': 'HTTP/1.1', 'QUERY_STRING': ''}
for cls, application in [(SimpleHandler, app), (BaseCGIHandler, app), (BaseCGIHandler, failing),
                         (BaseCGIHandler, bad_status)]:
    out, err = io.BytesIO(), io.StringIO()
    handler = cls(io.BytesIO(), out, err, dict(base))
    handler.os_environ = {}
    handler.server_software = 'Test/1'
    handler.run(application)
    print(cls.__name__, out.getvalue())
    print(err.getvalue().strip().splitlines()[-1:])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    out = io.BytesIO()
    handler = SimpleHandler(io.BytesIO(), out, io.StringIO(), {'REQUEST_METHOD': 'GET',
                            'SERVER_NAME': 'h', 'SERVER_PORT': '80', 'PATH_INFO': '/v',
                            'SCRIPT_NAME': '', 'SERVER_PROTOCOL': 'HTTP/1.0'})
    handler.os_environ = {}
    handler.run(validator(app))
    print(out.getvalue().split(b'\r\n')[0], [str(w.message)[:40] for w in caught],
          [w.category is WSGIWarning for w in caught])


def no_type(environ, start_response):
    start_response('200 OK', [])
    return [b'x']


environ = dict(base, **{'wsgi.version': (1, 0), 'wsgi.input': io.BytesIO(),
                        'wsgi.errors': io.StringIO(), 'wsgi.multithread': False,
                        'wsgi.multiprocess': False, 'wsgi.run_once': False,
                        'wsgi.url_scheme': 'http'})
try:
    validator(no_type)(environ, lambda s, h, e=None: None)
except AssertionError as e:
    print("AssertionError", e)
try:
    validator(app)(environ)
except AssertionError as e:
    print("AssertionError", e)
