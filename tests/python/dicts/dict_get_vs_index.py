stock = {"apple": 5, "pear": 0}
for item in ["apple", "pear", "plum"]:
    if item in stock:
        print(item, "in stock:", stock[item])
    else:
        print(item, "unknown")
print(stock.get("plum", "n/a"), stock.get("pear") or "none left")
try:
    stock["plum"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
