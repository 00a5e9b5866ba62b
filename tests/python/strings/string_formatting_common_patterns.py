name, score, total = "Ada", 42, 50
print("Name: " + name + ", score: " + str(score) + "/" + str(total))
print("Name: %s, score: %d/%d (%.1f%%)" % (name, score, total, 100 * score / total))
print("Name: {}, score: {}/{} ({:.1%})".format(name, score, total, score / total))
print(f"Name: {name}, score: {score}/{total} ({score / total:.1%})")
print("Name:", name, "score:", score, sep=" | ")
print(f"{'Item':<10}{'Qty':>5}{'Price':>10}")
for item, qty, price in [("pen", 2, 1.5), ("notebook", 10, 3.25)]:
    print(f"{item:<10}{qty:>5}{price:>10.2f}")
print("=" * 25)
print(f"{'TOTAL':<15}{2 * 1.5 + 10 * 3.25:>10.2f}")
