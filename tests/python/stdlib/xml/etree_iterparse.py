# iterparse and XMLPullParser: start/end/ns/comment/pi events.
import io
import xml.etree.ElementTree as ET

data = b"""<?xml version="1.0"?>
<root xmlns:p="urn:p"><!-- c --><p:a k="1">x</p:a><b><?pi d?><c/></b></root>"""
for event, elem in ET.iterparse(io.BytesIO(data)):
    print(event, elem.tag)
events = ("start", "end", "start-ns", "end-ns", "comment", "pi")
for event, item in ET.iterparse(io.BytesIO(data), events=events):
    if event in ("start", "end"):
        print(event, item.tag, item.attrib)
    elif event == "comment":
        print(event, repr(item.text))
    elif event == "pi":
        print(event, repr(item.text))
    else:
        print(event, item)
it = ET.iterparse(io.BytesIO(data), events=("start",))
print(it.root)
for _ in it:
    pass
print(it.root.tag, len(it.root))
count = 0
for event, elem in ET.iterparse(io.StringIO("<r>" + "<i>v</i>" * 5 + "</r>")):
    if elem.tag == "i":
        count += 1
        elem.clear()
print(count)
try:
    for ev in ET.iterparse(io.BytesIO(b"<a><b></a>")):
        print(ev[0], ev[1].tag)
except ET.ParseError as e:
    print("ParseError", e)
try:
    ET.iterparse(io.BytesIO(b"<a/>"), events=("bogus",))
except ValueError as e:
    print("ValueError", e)

pull = ET.XMLPullParser(events=("start", "end"))
pull.feed("<root><ch")
print([(ev, el.tag) for ev, el in pull.read_events()])
pull.feed("ild>text</child>")
print([(ev, el.tag) for ev, el in pull.read_events()])
pull.feed("</root>")
pull.close()
print([(ev, el.tag) for ev, el in pull.read_events()])
