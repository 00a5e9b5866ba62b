tests = ["abc", "ABC", "abc123", "123", "", " ", "\t\n", "½", "²", "٣", "a b", "_id", "1st", "Title Case", "ñ"]
for t in tests:
    print(repr(t), t.isalpha(), t.isalnum(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isspace(), t.isidentifier(), t.isprintable(), t.isascii())
print("\x00".isprintable(), "é".isascii(), "class".isidentifier(), "名前".isidentifier())
