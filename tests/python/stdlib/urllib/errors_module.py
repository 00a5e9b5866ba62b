# urllib.error: URLError, HTTPError and ContentTooShortError; urllib.parse.unwrap.
import io
import urllib.error
from urllib.parse import unwrap

e = urllib.error.URLError("no route")
print(str(e), e.reason, e.args, isinstance(e, OSError))
e = urllib.error.URLError(ConnectionRefusedError(111, "refused"), "fname")
print(str(e), e.filename)
h = urllib.error.HTTPError("http://x/", 404, "Not Found", {"A": "b"}, io.BytesIO(b"body"))
print(str(h), repr(h), h.code, h.reason, h.headers, h.getcode(), h.geturl(), h.read(), isinstance(h, urllib.error.URLError))
c = urllib.error.ContentTooShortError("short", b"data")
print(str(c), c.content, c.reason)
try:
    raise urllib.error.HTTPError("u", 500, "Server Error", None, None)
except urllib.error.URLError as err:
    print("caught", err)
print(unwrap("<URL:http://a/b>"), unwrap(" <http://c/> "), unwrap("URL:x"))
