# Every pair of tricky fragments, inside and outside a root element:
# ElementTree's result or expat's error message, code and position.
import itertools
import xml.etree.ElementTree as ET

fragments = ["<a>", "</a>", "<b x='1'/>", "text", " ", "\n", "&amp;", "&bad;",
             "&#65;", "<!--c-->", "<?p d?>", "<![CDATA[x<]]>", "]]>", "<", "&",
             "'", "<n:f/>", "\u00e9", "<e z=v/>", "\x01"]
for first, second in itertools.product(fragments, repeat=2):
    for doc in (first + second, "<r>" + first + second + "</r>"):
        try:
            result = ET.tostring(ET.fromstring(doc), encoding="unicode")
        except ET.ParseError as e:
            result = "%s | %s %s" % (e, e.code, e.position)
        print(repr(doc), "->", repr(result))
