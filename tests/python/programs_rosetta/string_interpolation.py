from string import Template
name, count, price = "Mary", 3, 4.5
print("%s had %d little lambs at $%.2f" % (name, count, price))
print("{} had {} little lambs at ${:.2f}".format(name, count, price))
print("{0} had {1} lambs; {0} was happy".format(name, count))
print("{n} had {c} lambs".format(n=name, c=count), "{0[0]}{0[1]}-{1.real}".format("xy", 2j))
print(f"{name} had {count} little lambs at ${price:.2f} = ${count * price:,.2f}")
print(f"{name!r} {name!s:>6} {name!a} {'é'!a} {count=} {price = :.1f} {count * 2 = }")
print(Template("$who likes $what; $$5 for ${who}s").substitute(who="tim", what="kung pao"))
t = Template("$a and $b")
print(t.safe_substitute(a=1))
try:
    t.substitute(a=1)
except KeyError as e:
    print("KeyError:", e)
print("%(x)s-%(y)05.1f-%%" % {"x": "k", "y": 2.25}, "%c%c" % (72, "i"), "%r %a" % ("é", "é"))
print("%-5s|%5s|%x|%o|%X|%#x|%+d|% d" % ("ab", "cd", 255, 8, 255, 255, 5, 5))
width = 10
print(f"{'nested':{'^'}{width}}|{3.14159:.{width // 3}f}|{{literal}}")
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
