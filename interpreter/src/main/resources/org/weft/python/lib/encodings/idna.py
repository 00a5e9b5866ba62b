"""encodings.idna: the idna codec (RFC 3490) as a module, with its ToASCII, ToUnicode and
nameprep (written for Weft over _weft_idna)."""
import re
import encodings
from _weft_idna import nameprep, to_ascii as ToASCII, to_unicode as ToUnicode

encodings._fill(globals(), 'idna')

dots = re.compile("[\u002e\u3002\uff0e\uff61]")
ace_prefix = b"xn--"
sace_prefix = "xn--"
