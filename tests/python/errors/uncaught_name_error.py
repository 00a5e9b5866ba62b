def greet():
    print("hello", nmae)
print("start")
greet()
