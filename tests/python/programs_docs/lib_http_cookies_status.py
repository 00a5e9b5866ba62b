# http.HTTPStatus and http.cookies.SimpleCookie examples from the documentation.
from http import HTTPStatus, cookies
print(HTTPStatus.OK, HTTPStatus.OK == 200, HTTPStatus.OK.value, HTTPStatus.OK.phrase, HTTPStatus.OK.description, repr(HTTPStatus.NOT_FOUND))
print(list(HTTPStatus)[:3], HTTPStatus(418).phrase, HTTPStatus['IM_A_TEAPOT'].value, int(HTTPStatus.CREATED))
C = cookies.SimpleCookie()
C["fig"] = "newton"
C["sugar"] = "wafer"
print(C)
C = cookies.SimpleCookie()
C["rocky"] = "road"
C["rocky"]["path"] = "/cookie"
print(C.output(header="Cookie:"))
print(C.output(attrs=[], header="Cookie:"))
C = cookies.SimpleCookie()
C.load("chips=ahoy; vienna=finger")
print(C, sorted(C.keys()), C['chips'].value)
C = cookies.SimpleCookie()
C.load('keebler="E=everybody; L=\\"Loves\\"; fudge=\\012;";')
print(C)
C = cookies.SimpleCookie()
C["oreo"] = "doublestuff"
C["oreo"]["path"] = "/"
print(C)
C = cookies.SimpleCookie()
C["twix"] = "none for you"
print(C["twix"].value, C)
C = cookies.SimpleCookie()
C["number"] = 7
C["string"] = "seven"
print(C["number"].value, C["string"].value, C)
m = cookies.Morsel()
m.set('k', 'v', 'v')
m['max-age'] = 60
m['secure'] = True
m['httponly'] = True
m['samesite'] = 'Strict'
print(m.OutputString(), m.key, m.value, m.coded_value, m.js_output().count('document.cookie'))
try:
    m['bogus'] = 1
except cookies.CookieError as e:
    print('CookieError:', e)
