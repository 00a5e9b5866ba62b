# xml.sax.saxutils: escape, unescape and quoteattr.
from xml.sax.saxutils import escape, unescape, quoteattr

print(escape("a < b & c > d"))
print(escape("x \"y\" 'z'", {'"': "&quot;", "'": "&apos;"}))
print(unescape("&lt;tag&gt; &amp;amp; &quot;"))
print(unescape("&apos;hi&apos;", {"&apos;": "'"}))
print(quoteattr("plain"))
print(quoteattr('has "double"'))
print(quoteattr("has 'single'"))
print(quoteattr("both ' and \""))
print(quoteattr("new\nline\ttab\rcr"))
print(quoteattr("x", {"x": "&#120;"}))
