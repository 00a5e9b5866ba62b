# quote/unquote, RFC 2231 helpers and make_msgid with a fixed domain.
from email import utils

print(utils.quote('say "hi" \\ now'))
print(utils.unquote('"say \\"hi\\""'), utils.unquote('<id@host>'), utils.unquote('plain'))
print(utils.encode_rfc2231('résumé final.pdf', 'utf-8'))
print(utils.encode_rfc2231('résumé.pdf', 'utf-8', 'fr'))
print(utils.encode_rfc2231('plain.txt'))
print(utils.decode_rfc2231("utf-8'fr'r%C3%A9sum%C3%A9.pdf"))
print(utils.decode_rfc2231('noticks'))
print(utils.collapse_rfc2231_value(('utf-8', 'fr', 'r\xc3\xa9sum\xc3\xa9.pdf')))
print(utils.collapse_rfc2231_value('"quoted"'))
msgid = utils.make_msgid(domain='mail.example.com')
print(msgid.startswith('<'), msgid.endswith('@mail.example.com>'), msgid.count('@'))
msgid2 = utils.make_msgid('orders', domain='shop.example')
print('.orders@shop.example>' in msgid2)
print(utils.decode_params([('text/plain', ''), ('title*0*', "us-ascii'en'This%20is"), ('title*1', ' fun')]))
