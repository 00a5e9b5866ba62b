import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape
from xml.dom import minidom

names = ["April", "Tam O'Shanter", "Emily"]
remarks = ["Bubbly: I'm > Tam and <= Emily", 'Burns: "When chapman billies leave the street ..."', "Short & shrift"]
root = ET.Element("CharacterRemarks")
for n, r in zip(names, remarks):
    ET.SubElement(root, "Character", name=n).text = r
print(ET.tostring(root, encoding="unicode"))
print(escape("<a & b>"), escape("x", {"x": "&#120;"}))
doc = ET.fromstring("""<inventory title="OmniCorp Store #45x10^3">
  <section name="health">
    <item upc="123456789" stock="12"><name>Invisibility Cream</name><price>14.50</price></item>
    <item upc="445322344" stock="18"><name>Levitation Salve</name><price>23.99</price></item>
  </section>
  <section name="food">
    <item upc="485672034" stock="653"><name>Blork and Freen Instameal</name><price>4.95</price></item>
  </section>
</inventory>""")
print(doc.tag, doc.attrib)
print([i.findtext("name") for i in doc.iter("item")], doc.find(".//item").get("upc"))
print(sum(float(p.text) for p in doc.iter("price")), [s.get("name") for s in doc.findall("section")])
print(len(doc), doc[1][0].attrib, [e.tag for e in doc.find("section/item")])
ET.indent(root)
print(ET.tostring(root, encoding="unicode"))
print(minidom.parseString("<a><b>x</b></a>").toprettyxml(indent="  "), end="")
