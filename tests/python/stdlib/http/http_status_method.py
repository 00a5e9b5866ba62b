# http.HTTPStatus (IntEnum with phrase/description) and http.HTTPMethod (3.11 StrEnum)
import http
from http import HTTPStatus, HTTPMethod
print(repr(HTTPStatus.OK), HTTPStatus.OK, f"{HTTPStatus.OK}", str(HTTPStatus.NOT_FOUND), HTTPStatus(404).phrase)
print(HTTPStatus.NOT_FOUND.description, HTTPStatus.OK == 200, int(HTTPStatus.CREATED), HTTPStatus.OK + 1)
print(len(HTTPStatus), [s.value for s in HTTPStatus][:10], HTTPStatus["IM_A_TEAPOT"].phrase)
print(HTTPStatus.IM_A_TEAPOT, repr(HTTPStatus(418)), HTTPStatus.UNPROCESSABLE_ENTITY.phrase)
for s in HTTPStatus:
    print(s.value, s.name, repr(s.phrase), repr(s.description))
print(repr(HTTPMethod.GET), HTTPMethod.GET, f"{HTTPMethod.POST}", HTTPMethod("PUT").description, list(HTTPMethod))
print(HTTPMethod.GET == "GET", HTTPMethod.GET.value, HTTPMethod.PATCH.name, http.__all__)
try:
    HTTPStatus(999)
except ValueError as e:
    print(type(e).__name__, e)
def category(code):
    match HTTPStatus(code):
        case HTTPStatus.OK | HTTPStatus.CREATED:
            return "success"
        case s if 400 <= s < 500:
            return f"client error {s.phrase}"
        case s:
            return f"other {s.value}"
print(category(200), category(404), category(503))
print(HTTPStatus.__doc__.splitlines()[0], HTTPMethod.__doc__.splitlines()[0], HTTPStatus.OK.__doc__.splitlines()[0])
print(sorted(vars(HTTPStatus.OK)), HTTPStatus.__mro__, HTTPMethod.__mro__)
