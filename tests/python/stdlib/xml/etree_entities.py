# Predefined entities, character references and internal DTD entities.
import xml.etree.ElementTree as ET

print(repr(ET.fromstring("<a>&lt;&gt;&amp;&quot;&apos;</a>").text))
print(repr(ET.fromstring("<a>&#9731; &#x1F600; &#32;</a>").text))
print(ET.fromstring("<a v='&lt;&#65;&quot;'/>").get("v"))
doc = """<!DOCTYPE note [
<!ENTITY who "World">
<!ENTITY sig 'Regards &#169; more'>
]>
<note>Hello &who;! &sig;</note>"""
print(ET.fromstring(doc).text)
print(ET.fromstring('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd"><html/>').tag)
for bad in ["<a>&nbsp;</a>", "<a>&#1114112;</a>", "<a>&#x;</a>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), e)
r = ET.Element("r")
r.text = "&lt; already escaped"
print(ET.tostring(r))
