# the encodings package: normalize_encoding, search_function, aliases, CodecRegistryError
import codecs
import encodings
import encodings.aliases
print(encodings.normalize_encoding('  UTF--8 ;'), encodings.normalize_encoding('latin-1'),
      encodings.normalize_encoding(b'a b'), repr(encodings.normalize_encoding('\xe9-8')),
      encodings.normalize_encoding('iso_646.irv:1991'))
print(issubclass(encodings.CodecRegistryError, LookupError), issubclass(encodings.CodecRegistryError, SystemError))
print(encodings.search_function('no-such-codec'))
info = encodings.search_function('latin1')
print(type(info).__name__, info.name, info.encode('é'), info.decode(b'\xe9'))
a = encodings.aliases.aliases
print(type(a).__name__, len(a) > 300, a['utf8'], a['latin1'], a['646'], a['u8'], a['cp65001'])
print(sorted(k for k, v in a.items() if v == 'utf_16'))
missing = []
for alias, module in sorted(a.items()):
    if module in ('mbcs', 'bz2_codec', 'uu_codec', 'tis_620', 'hp_roman8', 'kz1048', 'ptcp154', 'cp1125', 'cp273',
                  'cp037', 'cp1026', 'cp1140', 'cp424', 'cp500', 'cp775', 'iso2022_jp_2004', 'iso2022_jp_ext',
                  'iso2022_jp_3', 'iso2022_jp_1', 'hz', 'euc_jis_2004', 'euc_jisx0213', 'shift_jis_2004',
                  'shift_jisx0213', 'iso2022_jp_2', 'iso8859_11', 'johab', 'big5hkscs', 'cp858', 'mac_latin2',
                  'iso8859_10', 'iso8859_14', 'iso8859_16', 'utf_7'):
        continue
    try:
        codecs.lookup(alias)
    except LookupError:
        missing.append(alias)
print('aliases without a codec:', missing)
