# The Element API: children as a list, attributes as a dict, copies.
import copy
import xml.etree.ElementTree as ET

e = ET.Element("p", {"k": "v"})
print(e.tag, e.attrib, e.text, e.tail, len(e), bool(e))
a, b, c = ET.Element("a"), ET.Element("b"), ET.Element("c")
e.append(a)
e.extend([b, c])
e.insert(1, ET.Element("ins"))
print([x.tag for x in e], len(e), bool(e))
e.remove(b)
print([x.tag for x in e])
try:
    e.remove(b)
except ValueError as ex:
    print("ValueError", ex)
e[0] = ET.Element("first")
del e[1]
print([x.tag for x in e], e[-1].tag, [x.tag for x in e[::-1]])
e[1:1] = [ET.Element("s1"), ET.Element("s2")]
print([x.tag for x in e])
try:
    e.append("text")
except TypeError as ex:
    print("TypeError", ex)
try:
    e[10]
except IndexError as ex:
    print("IndexError", ex)
e.set("n", "1")
print(e.get("n"), list(e.keys()), list(e.items()))
m = e.makeelement("made", {"q": "1"})
print(m.tag, m.attrib, len(e))
sc = copy.copy(e)
dc = copy.deepcopy(e)
e[0].tag = "changed"
print(sc[0].tag, dc[0].tag, sc.attrib == e.attrib, sc is not e)
e.text = "t"
e.clear()
print(e.tag, e.attrib, e.text, len(e))
print(repr(ET.Element("x")).startswith("<Element 'x' at 0x"))
com = ET.Comment("hello")
pi = ET.PI("target", "data")
print(com.tag is ET.Comment, com.text, pi.tag is ET.PI, pi.text)
print(ET.ProcessingInstruction("only").text)
root = ET.fromstring("<r>a<x>b</x>c<!--skip--><y>d<z>e</z></y>f</r>")
print(list(root.itertext()), "".join(root.itertext()))
print([el.tag for el in root.iter("*")])
try:
    ET.Element("x", "notadict")
except TypeError as ex:
    print("TypeError", ex)
