# xml.etree.ElementTree tutorial: parsing the country data, iter/findall/XPath subset, modifying, building, serializing.
import xml.etree.ElementTree as ET
data = '''<?xml version="1.0"?>
<data>
    <country name="Liechtenstein">
        <rank>1</rank>
        <year>2008</year>
        <gdppc>141100</gdppc>
        <neighbor name="Austria" direction="E"/>
        <neighbor name="Switzerland" direction="W"/>
    </country>
    <country name="Singapore">
        <rank>4</rank>
        <year>2011</year>
        <gdppc>59900</gdppc>
        <neighbor name="Malaysia" direction="N"/>
    </country>
    <country name="Panama">
        <rank>68</rank>
        <year>2011</year>
        <gdppc>13600</gdppc>
        <neighbor name="Costa Rica" direction="W"/>
        <neighbor name="Colombia" direction="E"/>
    </country>
</data>'''
root = ET.fromstring(data)
print(root.tag, root.attrib, len(root))
for child in root:
    print(child.tag, child.attrib)
print(root[0][1].text)
for neighbor in root.iter('neighbor'):
    print(neighbor.attrib)
for country in root.findall('country'):
    rank = country.find('rank').text
    name = country.get('name')
    print(name, rank)
for rank in root.iter('rank'):
    new_rank = int(rank.text) + 1
    rank.text = str(new_rank)
    rank.set('updated', 'yes')
for country in root.findall('country'):
    rank = int(country.find('rank').text)
    if rank > 50:
        root.remove(country)
print(ET.tostring(root, encoding='unicode')[:200])
print([e.get('name') for e in root.findall("./country/neighbor[@direction='W']")], [e.tag for e in root.findall(".//year/..")])
print(root.findall(".//*[@name='Singapore']/year")[0].text, root.findall(".//neighbor[2]")[0].get('name'), root.findtext('country/gdppc'), root.findtext('nothing', 'dflt'))
a = ET.Element('a')
b = ET.SubElement(a, 'b', attrib={'k': 'v'})
c = ET.SubElement(a, 'c')
d = ET.SubElement(c, 'd')
b.text = 'text & <stuff>'
d.tail = 'tail'
print(ET.tostring(a), ET.tostring(a, encoding='unicode', method='text'))
ET.indent(a)
print(ET.tostring(a, encoding='unicode'))
ns = '<root xmlns:fictional="http://characters.example.com" xmlns="http://people.example.com"><actor><name>John Cleese</name><fictional:character>Lancelot</fictional:character></actor></root>'
r = ET.fromstring(ns)
nsmap = {'real_person': 'http://people.example.com', 'role': 'http://characters.example.com'}
for actor in r.findall('real_person:actor', nsmap):
    print(actor.find('real_person:name', nsmap).text, [ch.text for ch in actor.findall('role:character', nsmap)])
print(r.tag, r[0][0].tag)
try:
    ET.fromstring('<a><b></a>')
except ET.ParseError as e:
    print('ParseError:', e, e.position)
e = ET.Element('item', id='1')
print(e.items(), e.keys(), e.get('missing', 'no'), repr(e.text), list(e), e.attrib)
tree = ET.ElementTree(ET.fromstring('<x><y n="1"/><y n="2"/></x>'))
print([y.get('n') for y in tree.iterfind('y')], tree.getroot().tag, [el.tag for el in tree.iter()])
