# Calling user functions wrongly: missing, extra, duplicate, keyword-only and positional-only.
def make_user(name, age, /, email=None, *, admin=False, **extra):
    return {"name": name, "age": age, "email": email, "admin": admin, **extra}

def greet(greeting, name="world"):
    return f"{greeting}, {name}!"

def total(*amounts, currency):
    return f"{sum(amounts)} {currency}"

class Mailer:
    def send(self, to, subject, body=""):
        return f"to={to} subject={subject!r} body={body!r}"
    @staticmethod
    def validate(address):
        return "@" in address
    @classmethod
    def default(cls, sender):
        return cls()

calls = [
    ("make_user('ann', 30)", lambda: make_user("ann", 30)),
    ("make_user('ann')", lambda: make_user("ann")),
    ("make_user(name='ann', age=3)", lambda: make_user(name="ann", age=3)),
    ("make_user('ann', 3, 'e', True)", lambda: make_user("ann", 3, "e", True)),
    ("make_user('ann', 3, email='a', email2='b')", lambda: make_user("ann", 3, email="a", email2="b")),
    ("make_user('ann', 3, 'e', email='x')", lambda: make_user("ann", 3, "e", email="x")),
    ("greet()", lambda: greet()),
    ("greet('hi', 'bo', 'x')", lambda: greet("hi", "bo", "x")),
    ("greet('hi', nam='bo')", lambda: greet("hi", nam="bo")),
    ("greet(name='bo')", lambda: greet(name="bo")),
    ("greet(*['a', 'b', 'c', 'd'])", lambda: greet(*["a", "b", "c", "d"])),
    ("greet(**{'greeting': 'yo', 'who': 'x'})", lambda: greet(**{"greeting": "yo", "who": "x"})),
    ("total(1, 2, 3)", lambda: total(1, 2, 3)),
    ("total(1, 2, currency='EUR')", lambda: total(1, 2, currency="EUR")),
    ("total(1, 2, 'EUR')", lambda: total(1, 2, "EUR")),
    ("Mailer().send('a')", lambda: Mailer().send("a")),
    ("Mailer.send('a', 'b')", lambda: Mailer.send("a", "b")),
    ("Mailer().send(to='a', subject='s', cc='c')", lambda: Mailer().send(to="a", subject="s", cc="c")),
    ("Mailer().validate()", lambda: Mailer().validate()),
    ("Mailer.validate('a', 'b')", lambda: Mailer.validate("a", "b")),
    ("Mailer.default()", lambda: Mailer.default()),
    ("Mailer(1)", lambda: Mailer(1)),
    ("(lambda x, y: x)(1)", lambda: (lambda x, y: x)(1)),
    ("(lambda: 0)(1, 2)", lambda: (lambda: 0)(1, 2)),
    ("(lambda *, k: k)(1)", lambda: (lambda *, k: k)(1)),
    ("(lambda a, b, *, c, d: 0)(1, 2)", lambda: (lambda a, b, *, c, d: 0)(1, 2)),
    ("(lambda a, b, c: 0)(1)", lambda: (lambda a, b, c: 0)(1)),
    ("greet(*5)", lambda: greet(*5)),
    ("greet(**['a'])", lambda: greet(**["a"])),
    ("greet('x', **{1: 2})", lambda: greet("x", **{1: 2})),
    ("list(map(lambda a, b: a + b, [1, 2]))", lambda: list(map(lambda a, b: a + b, [1, 2]))),
    ("sorted([3, 1], key=lambda: 0)", lambda: sorted([3, 1], key=lambda: 0)),
]
for text, call in calls:
    try:
        print(text, "->", call())
    except TypeError as e:
        print(text, "-> TypeError:", e)

def decorator(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper

@decorator
def area(w, h):
    return w * h

print(area(2, 3))
try:
    area(2)
except TypeError as e:
    print("TypeError:", e)
area(2, h=3, d=4)
