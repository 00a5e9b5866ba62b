# urllib.parse: urlparse/urlsplit/urljoin, query strings, quoting, and the documented examples.
from urllib.parse import (urlparse, urlsplit, urlunparse, urljoin, urldefrag, parse_qs, parse_qsl, urlencode,
                          quote, quote_plus, unquote, unquote_plus, quote_from_bytes, unquote_to_bytes, urlunsplit)
o = urlparse("http://docs.python.org:80/3/library/urllib.parse.html?highlight=params#url-parsing")
print(o)
print(o.scheme, o.netloc, o.hostname, o.port, o.path, o.query, o.fragment, o.geturl())
print(o._replace(fragment='').geturl(), urlunparse(o))
print(urlparse('//www.cwi.nl:80/%7Eguido/Python.html'), urlparse('www.cwi.nl/%7Eguido/Python.html'), urlparse('help/Python.html'))
u = urlparse('http://user:pw@[::1]:8080/p;params?q=1#f')
print(u.username, u.password, u.hostname, u.port, u.params, u.netloc)
print(urlsplit("scheme://netloc/path;parameters?query#fragment"), urlsplit('HTTP://www.Python.org/doc/#').geturl())
try:
    urlsplit('http://example.com:99999').port
except ValueError as e:
    print('ValueError:', e)
print(urljoin('http://www.cwi.nl/%7Eguido/Python.html', 'FAQ.html'), urljoin('http://www.cwi.nl/%7Eguido/Python.html', '//www.python.org/%7Eguido'))
for rel in ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', '..', '../g', '../../g', '../../../g', '']:
    print(rel, '->', urljoin('http://a/b/c/d;p?q', rel))
print(urldefrag('http://python.org/about/#history'), urlunsplit(('https', 'h', '/p', 'a=1', '')))
print(parse_qs('a=1&b=2&a=3&c='), parse_qs('c=&d', keep_blank_values=True), parse_qsl('x=1;y=2', separator=';'), parse_qsl('k=v+w%21'))
print(urlencode({'spam': 1, 'eggs': 2, 'bacon': 0}), urlencode([('q', 'a b&c'), ('q', 'é')]), urlencode({'l': [1, 2]}, doseq=True), urlencode({'p': '/x y'}, quote_via=quote))
print(quote('/El Niño/'), quote('/El Niño/', safe=''), quote_plus('/El Niño/'), quote('a+b c', safe='+'), quote(b'\xff'), quote_from_bytes(b'a b'))
print(unquote('/El%20Ni%C3%B1o/'), unquote_plus('/El+Ni%C3%B1o/'), unquote('%zz%41'), unquote_to_bytes('a%20b%FF'), unquote('%E9', errors='replace'))
