from enum import Enum, IntEnum, StrEnum, auto
from http import HTTPStatus
from dataclasses import dataclass, field
import json

class Method(StrEnum):
    GET = auto()
    POST = auto()
    DELETE = auto()

@dataclass
class Response:
    status: HTTPStatus
    body: dict = field(default_factory=dict)
    def render(self) -> str:
        return f"{self.status.value} {self.status.phrase}: {json.dumps(self.body, sort_keys=True)}"

DB: dict[int, dict] = {1: {"name": "ann"}, 2: {"name": "bo"}}

def handle(method: str, path: str, payload: dict | None = None) -> Response:
    try:
        m = Method(method.lower())
    except ValueError:
        return Response(HTTPStatus.METHOD_NOT_ALLOWED, {"error": f"{method} not allowed"})
    parts = path.strip("/").split("/")
    match (m, parts):
        case (Method.GET, ["users"]):
            return Response(HTTPStatus.OK, {"users": sorted(DB)})
        case (Method.GET, ["users", uid]) if uid.isdigit() and int(uid) in DB:
            return Response(HTTPStatus.OK, DB[int(uid)])
        case (Method.GET | Method.DELETE, ["users", uid]) if not uid.isdigit():
            return Response(HTTPStatus.BAD_REQUEST, {"error": f"bad id {uid!r}"})
        case (Method.POST, ["users"]):
            if not payload or "name" not in payload:
                return Response(HTTPStatus.UNPROCESSABLE_ENTITY, {"error": "name required"})
            new_id = max(DB) + 1
            DB[new_id] = {"name": payload["name"]}
            return Response(HTTPStatus.CREATED, {"id": new_id})
        case (Method.DELETE, ["users", uid]) if int(uid) in DB:
            del DB[int(uid)]
            return Response(HTTPStatus.NO_CONTENT)
        case _:
            return Response(HTTPStatus.NOT_FOUND, {"error": path})

requests = [("GET", "/users"), ("GET", "/users/1"), ("GET", "/users/x"), ("POST", "/users", {"name": "cy"}),
            ("POST", "/users", {}), ("DELETE", "/users/2"), ("DELETE", "/users/2"), ("PATCH", "/users/1"),
            ("GET", "/nothing/here"), ("GET", "/users")]
for req in requests:
    r = handle(*req)
    print(f"{req[0]:<7}{req[1]:<14}-> {r.render()}")
codes = [HTTPStatus.OK, HTTPStatus.NOT_FOUND, HTTPStatus.CREATED, HTTPStatus.INTERNAL_SERVER_ERROR]
print(sorted(codes), [c.name for c in codes if 400 <= c < 500], max(codes).phrase)
print(repr(HTTPStatus(204)), f"{HTTPStatus.OK:>5}", HTTPStatus.OK + 0, str(Method.POST), repr(Method.POST))
print(HTTPStatus.IM_A_TEAPOT.phrase, HTTPStatus.TOO_MANY_REQUESTS.description)
print(Method.GET == "get", Method("delete"), list(Method), Method.GET.upper())
