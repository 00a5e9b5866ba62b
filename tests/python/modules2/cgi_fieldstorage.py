# cgi: FieldStorage over QUERY_STRING and POST bodies (url-encoded and multipart), parse, parse_header
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import cgi
print([(w.category.__name__, str(w.message)) for w in caught])
import io
print(hasattr(cgi, 'escape'), hasattr(cgi, 'parse_qs'), sorted(cgi.__all__))
env = {'REQUEST_METHOD': 'GET', 'QUERY_STRING': 'name=Ann+Lee&tag=a&tag=b&empty=&x=%E2%82%AC'}
fs = cgi.FieldStorage(environ=env)
print(repr(fs), sorted(fs.keys()), len(fs), 'name' in fs, 'nope' in fs, bool(fs))
print(fs['name'], fs.getvalue('name'), fs.getvalue('tag'), fs.getfirst('tag'), fs.getlist('tag'), fs.getlist('nope'))
print(fs.getvalue('nope', 'dflt'), fs.getfirst('x'), fs.type, fs.name, fs.filename, fs.list[0])
try:
    fs['nope']
except KeyError as e:
    print('KeyError:', e)
fs2 = cgi.FieldStorage(environ={'REQUEST_METHOD': 'GET', 'QUERY_STRING': 'a=&b=1'}, keep_blank_values=1)
print(fs2.list)
body = b'a=1&b=two+words&a=3'
post = {'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'application/x-www-form-urlencoded',
        'CONTENT_LENGTH': str(len(body)), 'QUERY_STRING': 'q=on'}
fs3 = cgi.FieldStorage(fp=io.BytesIO(body), environ=post)
print(fs3.list, fs3.getlist('a'), fs3.getvalue('q'))
multi = (b'--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n'
         b'--XyZ\r\nContent-Disposition: form-data; name="f"; filename="t.txt"\r\nContent-Type: text/plain\r\n\r\n'
         b'hello\nworld\r\n--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\n2\r\n--XyZ--\r\n')
menv = {'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'multipart/form-data; boundary=XyZ',
        'CONTENT_LENGTH': str(len(multi))}
fs4 = cgi.FieldStorage(fp=io.BytesIO(multi), environ=menv)
print(repr(fs4), sorted(fs4.keys()), fs4.getlist('a'), fs4.type, fs4.type_options)
f = fs4['f']
print(f.name, f.filename, f.value, f.type, f.disposition, f.disposition_options, f.file.read())
print(sorted(cgi.parse_multipart(io.BytesIO(multi), {'boundary': b'XyZ', 'CONTENT-LENGTH': str(len(multi))}).items()))
print(cgi.parse(fp=io.BytesIO(body), environ=dict(post)))
print(cgi.parse(environ={'QUERY_STRING': 'k=v&k=w&z'}), cgi.parse(environ={'QUERY_STRING': 'k=&z'}, keep_blank_values=1))
for h in ['text/html; charset="utf-8"; q=0.5', 'form-data; name="a;b"; filename="x\\"y"', 'plain', 'a; b; c=d']:
    print(cgi.parse_header(h))
m = cgi.MiniFieldStorage('k', 'v')
print(repr(m), m.filename, m.list, m.type, m.headers)
cgi.print_environ({'B': '<2>', 'A': '1'})
cgi.print_form(cgi.FieldStorage(environ={'REQUEST_METHOD': 'GET', 'QUERY_STRING': 'x=1'}))
