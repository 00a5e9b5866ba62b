print("partial line", end="")
raise ValueError("after partial output")
