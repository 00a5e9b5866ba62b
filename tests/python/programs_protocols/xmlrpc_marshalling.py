# xmlrpc.client.dumps/loads without a network: the XML written for each type, headers for
# requests and responses, faults, wrappers, and the errors for values XML-RPC cannot carry.
import datetime
import time
import xmlrpc.client as c

print(c.dumps((1, True, 2.5, "a<b&c>", b'xy', [1, 2], {'k': None}, (),
               datetime.datetime(2020, 1, 2, 3, 4, 5)), 'm', allow_none=True))
print(c.dumps(c.Fault(3, 'bad')))
print(c.dumps((5,), methodresponse=True, encoding='latin-1'))
print(repr(c.dumps((5,))))
print(c.dumps(("caf\u00e9",), "m.n").encode("utf-8", "xmlcharrefreplace"))
print(c.Fault(3, 'x'), repr(c.Fault(3, 'x')), c.Fault(3, 'x').args)
print(c.ProtocolError('h/x', 404, 'NF', {}))
print(isinstance(c.Fault(1, ''), c.Error), issubclass(c.ResponseError, c.Error))
d = c.DateTime(datetime.datetime(2020, 1, 2, 3, 4, 5))
print(str(d), d.timetuple()[:6], d.value)
print(c.DateTime('20200102T03:04:05') == datetime.datetime(2020, 1, 2, 3, 4, 5))
print(c.DateTime('20200102T03:04:05') < c.DateTime('20200102T03:04:06'),
      c.DateTime((2021, 5, 6, 7, 8, 9, 0, 0, 0)).value)
print(c.DateTime(time.struct_time((1999, 12, 31, 23, 59, 58, 0, 0, 0))))
print(str(c.Binary(b'ab')), c.Binary(b'ab') == b'ab', c.Binary(b'ab') == c.Binary(b'ab'))
print(c.MAXINT, c.MININT, c.boolean is bool, c.WRAPPERS == (c.DateTime, c.Binary))
print(c.PARSE_ERROR, c.METHOD_NOT_FOUND, c.INTERNAL_ERROR, c.TRANSPORT_ERROR)
print(c.escape("<a & b>"))

for bad in [(None,), (2 ** 40,), ({1: 2},), (object(),), (-2 ** 31 - 1,)]:
    try:
        c.dumps(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
r = [1]
r.append(r)
try:
    c.dumps((r,))
except TypeError as e:
    print(e)
try:
    c.dumps([1])
except AssertionError as e:
    print("AssertionError", e)


class A:
    pass


a = A()
a.x = 1
a.y = "two"
print(c.dumps((a,)))

data = c.dumps((1, [2, {'a': b'x'}], datetime.datetime(2020, 1, 1), 2.0, False), 'meth')
params, method = c.loads(data)
print(method, params[0], params[1][0], type(params[1][1]['a']).__name__, params[2].value,
      params[3], params[4])
print(c.loads(data, use_builtin_types=True))
print(c.loads(data, use_datetime=True)[0][2])
print(c.loads("<params><param><value>abc</value></param></params>"))
print(c.loads("<params><param><value><i8>123456789012</i8></value></param>"
              "<param><value><nil/></value></param></params>"))
print(c.loads(c.dumps(({'nested': {'list': [1.5, 'x', {}]}},), methodresponse=True)))
try:
    c.loads(c.dumps(c.Fault(4, "Too many")))
except c.Fault as f:
    print(repr(f), f.faultCode, f.faultString)
for bad in ["<params><param><value><boolean>2</boolean></value></param></params>",
            "<params><param><value><foo>1</foo></value></param></params>", "<x/>"]:
    try:
        c.loads(bad)
    except (TypeError, c.ResponseError) as e:
        print(type(e).__name__, repr(e))

print(repr(c.ServerProxy('http://u:p@localhost:8000')))
print(repr(c.ServerProxy('http://localhost:8000/x/y?q')))
try:
    c.ServerProxy('ftp://x')
except OSError as e:
    print(repr(e))
try:
    c.ServerProxy('http://h')('nope')
except AttributeError as e:
    print(e)
print(c.gzip_decode(c.gzip_encode(b"payload")))
print(c.Transport.user_agent, c.Server is c.ServerProxy)
