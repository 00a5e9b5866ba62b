# ElementTree.indent: pretty-printing in place.
import xml.etree.ElementTree as ET

root = ET.fromstring("<a><b><c>text</c><d/></b><e>keep  </e><f>\n</f></a>")
ET.indent(root)
print(ET.tostring(root, encoding="unicode"))
tree = ET.ElementTree(ET.fromstring("<x><y/><z><w/></z></x>"))
ET.indent(tree, space="\t")
print(ET.tostring(tree.getroot(), encoding="unicode"))
r = ET.fromstring("<x><y/></x>")
ET.indent(r, space=" ", level=2)
print(repr(ET.tostring(r, encoding="unicode")))
single = ET.Element("solo")
ET.indent(single)
print(ET.tostring(single, encoding="unicode"))
try:
    ET.indent(r, level=-1)
except ValueError as e:
    print("ValueError", e)
