# Namespaced names in parsing, searching and serialization.
import xml.etree.ElementTree as ET

doc = """<root xmlns="http://default.example/" xmlns:h="http://h.example/"
      xmlns:x="http://x.example/">
  <h:table x:id="t1" plain="p">
    <h:td>Apples</h:td>
    <h:td>Bananas</h:td>
  </h:table>
  <item>one</item>
  <inner xmlns="">no namespace</inner>
</root>"""
root = ET.fromstring(doc)
print(root.tag)
for e in root.iter():
    print(e.tag, sorted(e.attrib.items()))
ns = {"h": "http://h.example/", "d": "http://default.example/"}
print([e.text for e in root.findall("h:table/h:td", ns)])
print([e.text for e in root.findall(".//{http://h.example/}td")])
print([e.text for e in root.findall("d:item", ns)])
print([e.text for e in root.findall("item", {"": "http://default.example/"})])
print([e.tag for e in root.findall("{*}table")], [e.tag for e in root.findall("{}*")])
print(len(root.findall("{http://h.example/}*")))
try:
    root.findall("q:item", ns)
except SyntaxError as e:
    print("SyntaxError", e)
print(ET.tostring(root, encoding="unicode"))

built = ET.Element("{http://a.example/}top")
ET.SubElement(built, "{http://b.example/}mid", {"{http://a.example/}k": "v", "plain": "1"})
ET.SubElement(built, "{http://www.w3.org/1999/xhtml}p")
ET.SubElement(built, "{http://www.w3.org/XML/1998/namespace}lang")
print(ET.tostring(built, encoding="unicode"))
print(ET.tostring(ET.Element("{u:d}a"), default_namespace="u:d"))
try:
    ET.tostring(ET.fromstring("<a xmlns='u:d'><b xmlns=''/></a>"), default_namespace="u:d")
except ValueError as e:
    print("ValueError", e)
q = ET.QName("http://q.example/", "name")
print(q, repr(q), q.text, q == "{http://q.example/}name", q == ET.QName(q.text))
qe = ET.Element(q)
qe.set(ET.QName("http://q.example/", "attr"), "v")
print(ET.tostring(qe, encoding="unicode"))
