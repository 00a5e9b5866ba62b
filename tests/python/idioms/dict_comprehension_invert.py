colors = {"red": "#f00", "green": "#0f0", "blue": "#00f"}
inverted = {v: k for k, v in colors.items()}
print(inverted)
squares = {n: n * n for n in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
lengths = {w: len(w) for w in words}
print(max(lengths, key=lengths.get), min(lengths.values()))
grades = {"ann": 91, "bob": 78, "cy": 85}
letter = {n: ("A" if g >= 90 else "B" if g >= 80 else "C") for n, g in grades.items()}
print(letter)
print(dict(sorted(grades.items(), key=lambda kv: kv[1])))
pairs = [("a", 1), ("b", 2), ("a", 3)]
print(dict(pairs))
