# xml.parsers.expat: ParserCreate, handlers, buffering, namespaces, errors.
import io
import xml.parsers.expat as expat

print(expat.ErrorString(7), expat.errors.XML_ERROR_TAG_MISMATCH,
      expat.errors.codes[expat.errors.XML_ERROR_TAG_MISMATCH], expat.errors.messages[3])
p = expat.ParserCreate()
print(p.buffer_text, p.ordered_attributes, p.specified_attributes)
log = []
p.StartElementHandler = lambda name, attrs: log.append(("start", name, attrs))
p.EndElementHandler = lambda name: log.append(("end", name))
p.CharacterDataHandler = lambda data: log.append(("data", data))
p.CommentHandler = lambda data: log.append(("comment", data))
p.ProcessingInstructionHandler = lambda t, d: log.append(("pi", t, d))
p.XmlDeclHandler = lambda *a: log.append(("xmldecl",) + a)
p.StartDoctypeDeclHandler = lambda *a: log.append(("doctype",) + a)
p.StartCdataSectionHandler = lambda: log.append(("cdata-start",))
p.EndCdataSectionHandler = lambda: log.append(("cdata-end",))
print(p.Parse(b'<?xml version="1.0" standalone="yes"?><!DOCTYPE r><r a="1" b="2">x\ny &amp; z', False))
print(p.Parse(b'<!--c--><?t d?><![CDATA[raw\ndata]]><e/></r>', True))
for entry in log:
    print(entry)

p = expat.ParserCreate()
p.buffer_text = True
p.ordered_attributes = True
chunks = []
p.CharacterDataHandler = chunks.append
p.StartElementHandler = lambda name, attrs: chunks.append((name, attrs))
p.Parse("<r b='2' a='1'>one\ntwo &lt; three<s/>four</r>", True)
print(chunks)

p = expat.ParserCreate(namespace_separator=" ")
p.StartElementHandler = lambda name, attrs: print("start", repr(name), attrs)
p.EndElementHandler = lambda name: print("end", repr(name))
p.StartNamespaceDeclHandler = lambda prefix, uri: print("ns", prefix, uri)
p.EndNamespaceDeclHandler = lambda prefix: print("end ns", prefix)
p.Parse('<r xmlns="u" xmlns:p="v" p:a="1" b="2"><p:x/></r>', True)

p = expat.ParserCreate()
try:
    p.Parse(b"<r>\n  <a></b>\n</r>", True)
except expat.ExpatError as e:
    print("ExpatError", e, e.code, e.lineno, e.offset)
    print(p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber)
p = expat.ParserCreate()
p.ParseFile(io.BytesIO(b"<doc>file</doc>"))
try:
    expat.ParserCreate().Parse(b"", True)
except expat.ExpatError as e:
    print("ExpatError", e)
