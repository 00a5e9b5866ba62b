# Malformed input never raises; the defects list says what was wrong.
import email
from email import policy, errors

cases = {
    'no boundary': 'Content-Type: multipart/mixed\n\nbody\n',
    'missing start': 'Content-Type: multipart/mixed; boundary="zz"\n\nno parts here\n',
    'missing close': 'Content-Type: multipart/mixed; boundary="zz"\n\n--zz\n\npart one\n',
    'bad header': 'Subject: ok\nthis is not a header\n\nbody\n',
    'continuation first': ' leading space\nSubject: x\n\nbody\n',
}
for name, raw in cases.items():
    m = email.message_from_string(raw)
    print(name, '->', [type(d).__name__ for d in m.defects], m.is_multipart())
    for part in m.walk():
        if part is not m:
            print('   part defects', [type(d).__name__ for d in part.defects])
try:
    email.message_from_string(cases['no boundary'], policy=policy.strict)
except errors.MessageDefect as e:
    print('strict raised', type(e).__name__)
print(issubclass(errors.HeaderParseError, errors.MessageError),
      issubclass(errors.NoBoundaryInMultipartDefect, errors.MessageDefect),
      issubclass(errors.MessageDefect, ValueError))
