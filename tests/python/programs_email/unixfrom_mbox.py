# Unix "From " lines: parsed into get_unixfrom() and written back on request.
import email

raw = ("From alice@example.com Sat Jan  6 10:00:00 2024\n"
       "Subject: mbox entry\n\nFrom the start of the body\nnot at start: From x\n")
m = email.message_from_string(raw)
print(repr(m.get_unixfrom()), m['subject'])
print(m.as_string())
print(m.as_string(unixfrom=True))
m.set_unixfrom('From bob@example.com Sun Jan  7 11:00:00 2024')
print(m.as_string(unixfrom=True).splitlines()[0])
print(email.message_from_string("From: not an envelope\n\nx").get_unixfrom())
