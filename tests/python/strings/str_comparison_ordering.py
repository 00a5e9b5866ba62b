words = ["banana", "Apple", "cherry", "apple", "Banana", "123", "", "a"]
print(sorted(words))
print(sorted(words, key=str.lower))
print("a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "é" > "z", "10" < "9")
print(max(words), min(words))
print("abc" == "abc", "abc" is not None, "a" * 3 == "aaa")
