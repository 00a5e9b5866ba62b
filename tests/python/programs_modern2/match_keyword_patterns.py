# Keyword sub-patterns in class patterns look up attributes by name.
class Request:
    def __init__(self, method, path, body=None):
        self.method = method
        self.path = path
        if body is not None:
            self.body = body


def route(req):
    match req:
        case Request(method="GET", path="/"):
            return "index"
        case Request(method="GET", path=p) if p.startswith("/static/"):
            return f"static file {p[8:]}"
        case Request(method="POST", body=b):
            return f"post with {b!r}"
        case Request(method="POST"):
            return "post without body"
        case Request(method=m, path=p):
            return f"{m} {p} not found"


print(route(Request("GET", "/")))
print(route(Request("GET", "/static/app.js")))
print(route(Request("POST", "/form", {"a": 1})))
print(route(Request("POST", "/form")))
print(route(Request("DELETE", "/x")))


class P:
    __match_args__ = ("x",)

    def __init__(self, x):
        self.x = x


try:
    match P(1):
        case P(1, x=1):
            pass
except TypeError as e:
    print("TypeError:", e)
