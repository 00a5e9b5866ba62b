# parse() and ElementTree.write() with files, file objects and encodings.
import io
import os
import tempfile
import xml.etree.ElementTree as ET

d = tempfile.mkdtemp()
path = os.path.join(d, "doc.xml")
with open(path, "w", encoding="utf-8") as f:
    f.write("<?xml version='1.0' encoding='utf-8'?>\n<cfg><opt name='a'>1</opt><opt name='b'>\u00e9</opt></cfg>")
tree = ET.parse(path)
root = tree.getroot()
print(root.tag, [(o.get("name"), o.text) for o in root])
print(tree.find("opt").text, tree.findtext("opt[@name='b']"), len(tree.findall("opt")))
print([e.tag for e in tree.iter()])
with open(path, "rb") as f:
    print(ET.parse(f).getroot().tag)
root.set("v", "2")
out = os.path.join(d, "out.xml")
tree.write(out)
print(open(out, "rb").read())
tree.write(out, encoding="utf-8", xml_declaration=True)
print(open(out, "rb").read())
tree.write(out, encoding="unicode")
print(open(out, encoding="utf-8").read())
buf = io.BytesIO()
tree.write(buf, encoding="iso-8859-1")
print(buf.getvalue())
sbuf = io.StringIO()
tree.write(sbuf, encoding="unicode", method="text")
print(repr(sbuf.getvalue()))
ET.dump(root)
ET.dump(ET.ElementTree(ET.Element("t")))
t2 = ET.ElementTree()
print(t2.getroot())
t2._setroot(ET.Element("new"))
print(t2.getroot().tag)
print(ET.ElementTree(file=io.BytesIO(b"<q>1</q>")).getroot().text)
try:
    ET.parse(io.BytesIO(b"<a>"))
except ET.ParseError as e:
    print("ParseError", e)
os.remove(path)
os.remove(out)
os.rmdir(d)
