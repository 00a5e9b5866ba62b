# http.cookies: SimpleCookie output, parsing Cookie headers, Morsel attributes and errors.
from http import cookies
C = cookies.SimpleCookie()
C['session'] = 'abc123'
C['session']['path'] = '/'
C['session']['httponly'] = True
C['session']['max-age'] = 3600
C['pref'] = 'dark mode; "quoted"'
C['pref']['domain'] = '.example.com'
C['pref']['samesite'] = 'Lax'
C['pref']['comment'] = 'user pref'
print(C)
print(C.output(header='Cookie:', sep='\n'))
print(repr(C), repr(C['session']))
print(C['pref'].value, C['pref'].coded_value, C['pref'].key, C['session'].OutputString(['path']))
D = cookies.SimpleCookie('a=1; b="hello world"; c=x\\073y; Path=/p; secure; d=')
print(D, sorted(D.keys()), D['b'].value, repr(D.get('c')))
E = cookies.SimpleCookie()
E.load({'k': 'v', 'n': 42})
print(E, E['n'].value, type(E['n'].value))
for bad in ('path', 'bad key'):
    try: cookies.Morsel().set(bad, 'v', 'v')
    except cookies.CookieError as e: print('CookieError', e)
try: C['session']['bogus'] = 1
except cookies.CookieError as e: print('CookieError', e)
B = cookies.BaseCookie('x="quoted"'); print(B['x'].value, B)
m = C['session'].copy(); print(m == C['session'], m is C['session'])
print(cookies.SimpleCookie('$Version=1; a=b; $Path=/').output())
print(cookies._quote('a b,c'), cookies._unquote('"a\\054b"'))
