# ParseError messages, codes and positions, as expat reports them.
import xml.etree.ElementTree as ET

cases = ["", "<a>", "<a></b>", "<a><b></a>", "<a/><b/>", "<a>&foo;</a>",
         "<a x='1' x='2'/>", "<p:a/>", "< a/>", "<a", "<a>x", "text",
         "<a><!-- c</a>", "  <?xml version='1.0'?><a/>", "<a b=c/>",
         "<a>\n<b>&#xZZ;</b></a>", "<a>]]></a>", "<a>&#0;</a>",
         "<a>\n  <b></c>\n</a>", "<a>\u00e9</a><b/>", "<a/>junk", "<a x='<'/>",
         "<a>\x01</a>", "<a x='1'y='2'/>", "<a><b x='1></b></a>", "</a>",
         "<a>&#xD800;</a>", "<a>&amp</a>", "<a><!-- x -- y --></a>"]
for s in cases:
    try:
        ET.fromstring(s)
        print(repr(s), "parsed")
    except ET.ParseError as e:
        print(repr(s), "|", e, "|", e.code, e.position)
print(issubclass(ET.ParseError, SyntaxError))
try:
    ET.fromstring("<a>\n\n   <b>")
except SyntaxError as e:
    print(type(e).__name__, e.position)
