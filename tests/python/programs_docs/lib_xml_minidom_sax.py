# xml.dom.minidom (parseString, walking, creating, toprettyxml) and xml.sax with a ContentHandler on a string.
from xml.dom import minidom
import xml.sax
document = """\
<slideshow>
<title>Demo slideshow</title>
<slide><title>Slide title</title>
<point>This is a demo</point>
<point>Of a program for processing slides</point>
</slide>
<slide><title>Another demo slide</title>
<point>It is important</point>
<point>To have more than</point>
<point>one slide</point>
</slide>
</slideshow>
"""
dom = minidom.parseString(document)
def getText(nodelist):
    rc = []
    for node in nodelist:
        if node.nodeType == node.TEXT_NODE:
            rc.append(node.data)
    return ''.join(rc)
def handleSlideshow(slideshow):
    print("<html>")
    handleSlideshowTitle(slideshow.getElementsByTagName("title")[0])
    slides = slideshow.getElementsByTagName("slide")
    handleToc(slides)
    handleSlides(slides)
    print("</html>")
def handleSlides(slides):
    for slide in slides:
        handleSlide(slide)
def handleSlide(slide):
    handleSlideTitle(slide.getElementsByTagName("title")[0])
    handlePoints(slide.getElementsByTagName("point"))
def handleSlideshowTitle(title):
    print(f"<title>{getText(title.childNodes)}</title>")
def handleSlideTitle(title):
    print(f"<h2>{getText(title.childNodes)}</h2>")
def handlePoints(points):
    print("<ul>")
    for point in points:
        handlePoint(point)
    print("</ul>")
def handlePoint(point):
    print(f"<li>{getText(point.childNodes)}</li>")
def handleToc(slides):
    for slide in slides:
        title = slide.getElementsByTagName("title")[0]
        print(f"<p>{getText(title.childNodes)}</p>")
handleSlideshow(dom)
doc = minidom.Document()
root = doc.createElement('root')
doc.appendChild(root)
item = doc.createElement('item')
item.setAttribute('id', '1')
item.appendChild(doc.createTextNode('a & b'))
root.appendChild(item)
root.appendChild(doc.createComment('note'))
print(doc.toxml())
print(doc.toprettyxml(indent='  '))
print(root.firstChild.getAttribute('id'), root.firstChild.tagName, root.childNodes.length, item.parentNode.nodeName, doc.documentElement.nodeName)
d2 = minidom.parseString('<a x="1"><b>t</b><b/></a>')
print(d2.documentElement.attributes['x'].value, [n.toxml() for n in d2.getElementsByTagName('b')], d2.documentElement.hasAttribute('y'))
class Counter(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.events = []
    def startElement(self, name, attrs):
        self.events.append(('start', name, dict(attrs)))
    def endElement(self, name):
        self.events.append(('end', name))
    def characters(self, content):
        if content.strip():
            self.events.append(('text', content))
h = Counter()
xml.sax.parseString(b'<doc kind="x"><p>hello</p><p>world</p></doc>', h)
print(h.events)
try:
    xml.sax.parseString(b'<doc><p></doc>', Counter())
except xml.sax.SAXParseException as e:
    print('SAXParseException:', e.getMessage(), e.getLineNumber(), e.getColumnNumber())
