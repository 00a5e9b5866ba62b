# encodings.<codec> modules: encode/decode, getregentry, Codec, incremental classes, tables
import encodings.utf_8
import encodings.latin_1
import encodings.ascii
import encodings.cp1252
import encodings.utf_16
import encodings.idna
import encodings.rot_13
from encodings import utf_8_sig, base64_codec, hex_codec
print(encodings.utf_8.encode('h\xe9'), encodings.utf_8.decode(b'h\xc3\xa9'))
print(encodings.utf_8.getregentry().name, encodings.latin_1.getregentry().name, encodings.cp1252.getregentry().name)
print(encodings.ascii.Codec().encode('abc'), encodings.latin_1.Codec().decode(b'\xff'))
enc = encodings.utf_8.IncrementalEncoder()
dec = encodings.utf_8.IncrementalDecoder()
print(enc.encode('\u20ac'), repr(dec.decode(b'\xe2\x82')), repr(dec.decode(b'\xac', final=True)))
print(len(encodings.cp1252.decoding_table), repr(encodings.cp1252.decoding_table[0x80:0x84]))
print('\u20ac'.encode('cp1252'), encodings.cp1252.Codec().encode('\u20ac'))
print(encodings.utf_16.encode('a')[0][:2] in (b'\xff\xfe', b'\xfe\xff'), encodings.utf_16.decode(b'\xff\xfea\x00'))
print(encodings.idna.ToASCII('b\xfccher'), encodings.idna.ToUnicode(b'xn--bcher-kva'), encodings.idna.nameprep('ABC'))
print(encodings.idna.ace_prefix, encodings.idna.dots.split('a\u3002b'))
print(encodings.rot_13.rot13_map[ord('a')], len(encodings.rot_13.rot13_map))
print(utf_8_sig.encode('x'), utf_8_sig.decode(b'\xef\xbb\xbfx'))
print(base64_codec.base64_encode(b"hi"), hex_codec.hex_decode(b"6869"), base64_codec.getregentry().name)
try:
    encodings.ascii.Codec().encode('\xe9')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
import importlib
for name in ['utf_8', 'utf_8_sig', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32', 'utf_32_le', 'utf_32_be', 'ascii',
             'latin_1', 'unicode_escape', 'raw_unicode_escape', 'base64_codec', 'hex_codec', 'quopri_codec',
             'zlib_codec', 'punycode', 'shift_jis', 'euc_jp', 'euc_kr', 'gbk', 'gb2312', 'gb18030', 'big5', 'cp932',
             'cp949', 'cp950', 'cp1250', 'cp1251', 'cp1252', 'cp1253', 'cp1254', 'cp1255', 'cp1256', 'cp1257',
             'cp1258', 'cp437', 'cp850', 'cp852', 'cp866', 'iso8859_2', 'iso8859_5', 'iso8859_7', 'iso8859_9',
             'iso8859_15', 'koi8_r', 'koi8_u', 'mac_roman', 'idna', 'rot_13']:
    m = importlib.import_module('encodings.' + name)
    info = m.getregentry()
    print(name, info.name, callable(m.IncrementalEncoder), callable(m.StreamReader),
          len(getattr(m, 'decoding_table', '')), (getattr(m, 'decoding_table', '') or '')[200:204])
