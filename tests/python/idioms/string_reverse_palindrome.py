def is_palindrome(s):
    cleaned = "".join(ch.lower() for ch in s if ch.isalnum())
    return cleaned == cleaned[::-1]

for s in ["racecar", "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon"]:
    print(f"{s!r:35} {is_palindrome(s)}")

word = "python"
print(word[::-1], word[::2], word[1::2], word[-3:])
print("".join(reversed(word)))
sentence = "the quick brown fox"
print(" ".join(reversed(sentence.split())))
print(" ".join(w[::-1] for w in sentence.split()))
