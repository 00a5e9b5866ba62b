import textwrap
w = textwrap.TextWrapper()
for s in ['a-b','ab-c','ab-cd','a-b-c','ab-c-d','x1-ab','ab-1c','ab--cd','a--b','ab---cd','--ab','ab-','--','a---','ab-c-','ab-c-de','abc-d-e','éé-ßß','ab-cd-ef','a-bc-de', 'ab-c-d-e', 'a-b-cd', 'e.g.-ab', 'ab!--cd','x--', 'ab-\u00e9c', '-ab-cd', 'a_-bc', 'ab-_c', 'ab--', '1--2', 'ab.--cd-ef', "it's--done", 'x-y-z-w', 'aa-b-c-dd', '--ab--cd', 'long-hyphenated-word', 'ünïcode-wörd', 'a-b-c-d-e-f']:
    print(repr(s), w._split(s), w._split("x " + s + " y"))
for text, width in [("aa-b ab-c-de x-ray self-aware T-shirt", 6), ("state-of-the-art well-known a-b-c", 9), ("wait--what?! yes---no", 7)]:
    print(textwrap.wrap(text, width), textwrap.wrap(text, width, break_on_hyphens=False))
print(textwrap.shorten("e.g. a-b c-d ef-gh", 12), textwrap.fill("re-enter the pre-existing co-op", 10))
