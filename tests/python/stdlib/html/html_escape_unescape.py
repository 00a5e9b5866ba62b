import html
from html.entities import name2codepoint, codepoint2name, html5

print(html.escape('<a href="x">Tom & \'Jerry\'</a>'))
print(html.escape('<a href="x">', quote=False))
for s in ['&lt;b&gt;', '&amp;amp;', '&#62;&#x3e;&#X3E;', '&eacute;t&eacute;', '&notit;', '&copy 2024',
          '&#0;&#128;&#x80;&#150;', '&#xD800;', '&#1114112;', '&unknown;', 'no refs', '&', '&#;', '&#x;',
          '&amp', '&ampxyz', '&#65', '&hellip;&nbsp;&mdash;']:
    print(repr(html.unescape(s)))
print(len(name2codepoint), len(html5), codepoint2name[0x3c], name2codepoint['amp'])
