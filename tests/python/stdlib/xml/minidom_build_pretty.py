# xml.dom.minidom: building a document and toxml/toprettyxml output.
from xml.dom import minidom

impl = minidom.getDOMImplementation()
doc = impl.createDocument(None, "config", None)
root = doc.documentElement
root.setAttribute("version", "1.0")
root.setAttribute("note", 'a "quoted" <value> & more')
server = doc.createElement("server")
server.setAttribute("host", "localhost")
root.appendChild(server)
port = doc.createElement("port")
port.appendChild(doc.createTextNode("8080"))
server.appendChild(port)
empty = doc.createElement("empty")
server.appendChild(empty)
root.appendChild(doc.createComment(" settings "))
text = doc.createElement("text")
text.appendChild(doc.createTextNode("one"))
text.appendChild(doc.createTextNode("two"))
root.appendChild(text)
root.appendChild(doc.createProcessingInstruction("app", "go"))
print(doc.toxml())
print(doc.toprettyxml())
print(doc.toprettyxml(indent="  ", newl="\n"))
print(doc.toprettyxml(indent="  ", encoding="utf-8"))
print(doc.toxml(encoding="latin-1"))
print(doc.toxml(standalone=True))
print(server.toxml())
print(server.toprettyxml(indent=" "))
text.normalize()
print(len(text.childNodes), text.firstChild.data)
root.removeChild(text)
root.insertBefore(doc.createElement("first"), root.firstChild)
root.replaceChild(doc.createElement("replaced"), empty) if empty.parentNode is root else None
server.replaceChild(doc.createElement("replaced"), empty)
root.removeAttribute("note")
print(doc.toxml())
clone = server.cloneNode(True)
shallow = server.cloneNode(False)
print(clone.toxml(), shallow.toxml(), clone.parentNode)
parsed = minidom.parseString("<a><b>text</b><c/><d>x<e/>y</d></a>")
print(parsed.toprettyxml(indent="  "))
try:
    doc.appendChild(doc.createElement("second"))
except Exception as e:
    print(type(e).__name__, e)
try:
    root.removeChild(doc.createElement("stranger"))
except Exception as e:
    print(type(e).__name__)
c = doc.createComment("bad -- comment")
try:
    c.toxml()
except ValueError as e:
    print("ValueError", e)
