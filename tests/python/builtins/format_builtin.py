print(format(3.14159, ".2f"), format(42, "05d"), format("s", ">4"), format(255, "x"), format(0.5, "%"))
print(format(1234567, ","), format(-1.5, "+.3e"), format(True), format(None), format([1, 2]))
print(format(10, "c") if False else format(65, "c"), format(3, "b"), format(1.0))
