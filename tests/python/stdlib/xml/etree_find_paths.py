# find/findall/findtext/iterfind with each supported XPath form.
import xml.etree.ElementTree as ET

root = ET.fromstring("""<store>
  <shelf id="a" kind="fiction">
    <book year="1965"><title>Dune</title><price>10</price></book>
    <book year="1984"><title>Neuromancer</title><price>8</price></book>
  </shelf>
  <shelf id="b">
    <book year="1999"><title>Cryptonomicon</title><price>12</price></book>
    <magazine><title>Wired</title></magazine>
  </shelf>
</store>""")

def show(path):
    found = root.findall(path)
    print("%-30s" % path, [e.get("year") or e.get("id") or e.text or e.tag for e in found])

for path in ["shelf", "shelf/book", "*/book", "*", ".", "./shelf", ".//title",
             "shelf//title", ".//book/..", ".//book/title/..", "shelf[@kind]",
             "shelf[@id='b']", 'shelf[@id="a"]', "shelf[@id!='a']",
             ".//book[title]", ".//*[title]", ".//book[title='Dune']",
             ".//book[title!='Dune']", ".//title[.='Wired']", ".//title[.!='Wired']",
             "shelf/book[1]", "shelf/book[2]", "shelf/book[last()]",
             "shelf/book[last()-1]", ".//book[@year='1984']/title", "shelf/",
             "nothing", ".//price/../title", "shelf[2]", ".//*"]:
    show(path)

print(root.find("shelf/book/title").text)
print(root.find("missing"))
print(root.findtext("shelf/book/title"))
print(root.findtext("missing"), root.findtext("missing", "default"))
print(repr(ET.fromstring("<a><b/></a>").findtext("b")))
print([e.text for e in root.iterfind(".//title")])
tree = ET.ElementTree(root)
print([e.get("id") for e in tree.findall("shelf")], tree.findtext(".//price"))
for bad in ["/shelf", "book[0]", "book[last()+1]", "book[foo()]", "book[@year=1]"]:
    try:
        root.findall(bad)
    except SyntaxError as e:
        print(bad, "->", type(e).__name__, e)
