from pathlib import PurePosixPath as P
for s in ['/a b/c', '/ü/x', '/a%b', '/a#b?c', '/~user/x;y=1', '/', '//host/share', "/x:y@z+&$,!'()*"]:
    print(P(s).as_uri())
try:
    P("rel").as_uri()
except ValueError as e:
    print(type(e).__name__, e)
