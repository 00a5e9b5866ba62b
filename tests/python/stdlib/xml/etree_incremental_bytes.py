# Feeding bytes in small pieces: multi-byte characters and the XML
# declaration split across feed() calls, several encodings.
import xml.etree.ElementTree as ET

def feed_in_pieces(data, size):
    parser = ET.XMLParser()
    for i in range(0, len(data), size):
        parser.feed(data[i:i + size])
    return parser.close()

text = "<?xml version='1.0' encoding='%s'?>\n<r a='\u00e9'>caf\u00e9 \u20ac\r\nend</r>"
for enc in ["utf-8", "iso-8859-15", "utf-16"]:
    data = (text % enc).encode(enc)
    for size in (1, 2, 3, 7, 1000):
        root = feed_in_pieces(data, size)
        assert root.text == "caf\u00e9 \u20ac\nend", (enc, size, root.text)
    print(enc, repr(root.text), root.get("a"))
print(repr(feed_in_pieces("<r>a\r\nb\rc</r>", 1).text))
pull = ET.XMLPullParser(("start", "end"))
for piece in [b"<a><b>", b"\xc3", b"\xa9</b>", b"</a>"]:
    pull.feed(piece)
    print([(ev, el.tag, el.text) for ev, el in pull.read_events()])
pull.close()
for bad in [123, None]:
    try:
        ET.fromstring(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    ET.fromstring(b"<a>\xff\xfe</a>")
except ET.ParseError as e:
    print("ParseError", e)
