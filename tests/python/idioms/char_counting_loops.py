s = "Hello, World! 123"
vowels = consonants = digits = spaces = other = 0
for ch in s:
    if ch.lower() in "aeiou":
        vowels += 1
    elif ch.isalpha():
        consonants += 1
    elif ch.isdigit():
        digits += 1
    elif ch.isspace():
        spaces += 1
    else:
        other += 1
print(vowels, consonants, digits, spaces, other)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(max(counts, key=counts.get))
print(sorted(counts.items(), key=lambda kv: kv[1]))
print("mississippi".count("ss"), "mississippi".count("i"))
print(s.swapcase(), s.upper().count("L"))
