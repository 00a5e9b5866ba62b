for token in ["1", "22", "three"]:
    print(int(token) * 2)
