# unicodedata and codecs: names, categories, normalization forms, numeric values, rot13, incremental codecs.
import unicodedata, codecs
print(unicodedata.lookup('LEFT CURLY BRACKET'), unicodedata.name('/'), unicodedata.decimal('9'), unicodedata.category('A'), unicodedata.bidirectional('\u0660'))
print(unicodedata.name('é'), unicodedata.name('\U0001F600'), unicodedata.numeric('½'), unicodedata.digit('²'), unicodedata.category('\u2028'), unicodedata.combining('\u0301'))
try:
    unicodedata.decimal('a')
except ValueError as e:
    print('ValueError:', e)
try:
    unicodedata.lookup('NO SUCH CHARACTER NAME')
except KeyError as e:
    print('KeyError:', e)
print(unicodedata.name('\x00', 'no name'), unicodedata.mirrored('('), unicodedata.east_asian_width('Ａ'), unicodedata.decomposition('é'))
s1 = 'Spicy Jalape\u00f1o'
s2 = 'Spicy Jalapen\u0303o'
print(s1 == s2, len(s1), len(s2), unicodedata.normalize('NFC', s1) == unicodedata.normalize('NFC', s2))
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    print(form, [hex(ord(c)) for c in unicodedata.normalize(form, 'ﬁé²')], unicodedata.is_normalized(form, 'é'))
def nfc_equal(a, b):
    return unicodedata.normalize('NFC', a) == unicodedata.normalize('NFC', b)
def fold_equal(a, b):
    return nfc_equal(a.casefold(), b.casefold())
print(nfc_equal(s1, s2), fold_equal('Straße', 'strasse'))
print(codecs.encode('Hello', 'rot13'), codecs.decode(b'68656c6c6f', 'hex'), codecs.encode(b'hi', 'base64'), codecs.lookup('UTF8').name, codecs.lookup('latin_1').name)
dec = codecs.getincrementaldecoder('utf-8')()
data = 'héllo €'.encode()
print([dec.decode(data[i:i + 1]) for i in range(len(data))], dec.decode(b'', final=True))
enc = codecs.getincrementalencoder('utf-16-le')()
print(enc.encode('ab'), codecs.BOM_UTF8, codecs.BOM_UTF16_LE, 'x'.encode('utf-16'), 'x'.encode('utf-8-sig'), b'\xef\xbb\xbfx'.decode('utf-8-sig'))
print('é'.encode('cp1252'), b'\x80'.decode('cp1252'), 'Ω'.encode('utf-32-be'))
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print('LookupError:', e)
print('a\u20acb'.encode('ascii', errors='namereplace'), b'a\xffb'.decode('ascii', errors='backslashreplace'), 'tab\t'.encode('unicode_escape'), b'\\u00e9'.decode('unicode_escape'), 'é'.encode('raw_unicode_escape'))
