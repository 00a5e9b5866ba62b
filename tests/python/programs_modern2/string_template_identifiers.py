# string.Template.is_valid() and get_identifiers() (3.11).
from string import Template

t = Template("$who likes ${what}; $who again, $$5")
print(t.is_valid(), t.get_identifiers(), t.substitute(who="tim", what="kung pao"))
bad = Template("$who owes $")
print(bad.is_valid(), bad.get_identifiers())
try:
    bad.substitute(who="x")
except ValueError as e:
    print("ValueError:", e)
print(bad.safe_substitute(who="x"))


class Percent(Template):
    delimiter = "%"


p = Percent("%name is %{age} years")
print(p.get_identifiers(), p.substitute(name="Ann", age=3))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
