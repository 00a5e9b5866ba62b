line = "age: forty"
print(line.split(": "))
age = int(line.split(": ")[1])
