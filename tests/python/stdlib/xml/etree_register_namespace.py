# register_namespace chooses the prefix used on output.
import xml.etree.ElementTree as ET

ET.register_namespace("svg", "http://www.w3.org/2000/svg")
ET.register_namespace("", "http://default.example/")
svg = ET.Element("{http://www.w3.org/2000/svg}svg", width="10")
ET.SubElement(svg, "{http://www.w3.org/2000/svg}rect")
ET.SubElement(svg, "{http://other.example/}thing")
print(ET.tostring(svg, encoding="unicode"))
d = ET.Element("{http://default.example/}d")
print(ET.tostring(d, encoding="unicode"))
try:
    ET.register_namespace("ns3", "http://x/")
except ValueError as e:
    print("ValueError", e)
