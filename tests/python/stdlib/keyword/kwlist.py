import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist))
for w in ('if', 'match', 'print', 'True', 'async', '_', 'case', 'None', 'none'):
    print(w, keyword.iskeyword(w), keyword.issoftkeyword(w))
