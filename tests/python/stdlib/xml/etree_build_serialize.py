# Building trees with the API and serializing them.
import xml.etree.ElementTree as ET

root = ET.Element("root", {"b": "2", "a": "1"}, c="3")
root.text = "head"
child = ET.SubElement(root, "child", name="x")
child.text = "5 < 6 & 7 > 3"
child.tail = "\n"
empty = ET.SubElement(root, "empty")
ET.SubElement(root, "quote", v='say "hi" <there> & \n\t\r ok')
root.append(ET.Comment(" note "))
root.append(ET.ProcessingInstruction("php", "echo 1;"))
print(ET.tostring(root))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root, encoding="unicode", short_empty_elements=False))
print(ET.tostring(root, encoding="utf-8"))
print(ET.tostring(root, encoding="UTF-8", xml_declaration=True))
print(ET.tostring(root, xml_declaration=True))
print(ET.tostring(root, encoding="unicode", xml_declaration=True))
print(ET.tostring(root, encoding="unicode", method="text"))
print(ET.tostringlist(root, encoding="unicode")[:5])
print(b"".join(ET.tostringlist(root)) == ET.tostring(root))
u = ET.Element("u", attr="\u00e9\u4e2d")
u.text = "caf\u00e9 \U0001f600"
print(ET.tostring(u))
print(ET.tostring(u, encoding="utf-8"))
print(ET.tostring(u, encoding="latin-1"))
print(ET.tostring(u, encoding="unicode"))
e = ET.Element("e")
e.text = "t"
e.tail = "after"
print(ET.tostring(e, encoding="unicode"))
n = ET.Element(None)
n.text = "bare"
ET.SubElement(n, "x")
print(ET.tostring(n, encoding="unicode"))
try:
    ET.tostring(ET.Element("a", x=1))
except TypeError as ex:
    print("TypeError", ex)
try:
    ET.tostring(root, method="bogus")
except ValueError as ex:
    print("ValueError", ex)
