# decode_header on unusual input: mixed words, bad base64, lowercase q.
from email.header import decode_header, make_header
from email import errors

samples = [
    '=?UTF-8?Q?a_b?= =?utf-8?q?c?=',
    'plain =?utf-8?q?x?= plain',
    '=?iso-8859-1?B?Y2Fm6Q==?=',
    '=?utf-8?b?w6k?=',
    '=?us-ascii?q?just_ascii?=',
    '=?utf-8?q?multi?=\n =?utf-8?q?line?=',
]
for s in samples:
    print(repr(s), decode_header(s))
    print('   ', repr(str(make_header(decode_header(s)))))
try:
    decode_header('=?utf-8?b?####?=')
except errors.HeaderParseError as e:
    print('HeaderParseError:', e)
