# method='html': void elements, script/style text, attribute escaping.
import xml.etree.ElementTree as ET

html = ET.Element("html")
body = ET.SubElement(html, "body", onload='go("x") && 1 < 2')
ET.SubElement(body, "br")
img = ET.SubElement(body, "IMG", src="a.png")
p = ET.SubElement(body, "p")
p.text = "a < b & c"
script = ET.SubElement(body, "script")
script.text = "if (a < b && c > d) {}"
style = ET.SubElement(body, "style")
style.text = "a > b { }"
ET.SubElement(body, "div")
body.append(ET.Comment("c"))
print(ET.tostring(html, method="html"))
print(ET.tostring(html, method="html", encoding="unicode"))
print(ET.tostring(ET.Element("hr"), method="html", encoding="unicode"))
