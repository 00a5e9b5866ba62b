# http.client.HTTPMessage is an email message: content type, parameters, repeated and folded headers, str().
import http.client, io, email.message
raw = b"Content-Type: text/html; charset=UTF-8\r\nX-Multi: a\r\nX-Multi: b\r\nX-Long: one\r\n two\r\nSet-Cookie: x=1\r\n\r\n"
m = http.client.parse_headers(io.BytesIO(raw))
print(type(m).__name__, isinstance(m, email.message.Message))
print(m.get_content_type(), m.get_content_charset(), m.get_param("charset"), m.get_all("x-multi"), repr(m["X-Long"]))
print(m.keys(), len(m), "x-multi" in m, m.getallmatchingheaders("X-Multi"))
print(repr(str(m)))
h = http.client.HTTPMessage(); h["Content-type"] = "text/plain"; print(repr(h.as_string()), h.get_content_maintype())
