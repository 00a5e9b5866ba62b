ages = {"ann": 31, "bob": 25}
for name in ["ann", "bob", "cy"]:
    print(name, ages[name])
