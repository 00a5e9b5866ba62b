def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()

def read(tokens):
    if not tokens:
        raise SyntaxError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise SyntaxError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise SyntaxError("unexpected )")
    try:
        return int(tok)
    except ValueError:
        try:
            return float(tok)
        except ValueError:
            return tok

class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        if name in self:
            return self
        if self.outer is None:
            raise NameError(f"undefined symbol {name}")
        return self.outer.find(name)

def global_env():
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b,
        "*": lambda a, b: a * b, "/": lambda a, b: a / b, "<": lambda a, b: a < b,
        "=": lambda a, b: a == b, "list": lambda *a: list(a), "car": lambda l: l[0],
        "cdr": lambda l: l[1:], "null?": lambda l: l == [], "len": len,
    })
    return env

def evaluate(x, env):
    if isinstance(x, str):
        return env.find(x)[x]
    if not isinstance(x, list):
        return x
    op, *args = x
    if op == "quote":
        return args[0]
    if op == "if":
        test, conseq, alt = args
        return evaluate(conseq if evaluate(test, env) else alt, env)
    if op == "define":
        env[args[0]] = evaluate(args[1], env)
        return None
    if op == "lambda":
        params, body = args
        return lambda *vals: evaluate(body, Env(params, vals, env))
    proc = evaluate(op, env)
    return proc(*[evaluate(a, env) for a in args])

def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    return str(v)

env = global_env()
program = [
    "(define sq (lambda (x) (* x x)))",
    "(sq 12)",
    "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
    "(fact 20)",
    "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
    "(fib 15)",
    "(list 1 2 (+ 1 2) (quote (a b)))",
    "(define len2 (lambda (l) (if (null? l) 0 (+ 1 (len2 (cdr l))))))",
    "(len2 (list 1 2 3 4 5))",
    "(/ 7 2)",
    "(undefined 1)",
    "(+ 1 2",
    "(= (sq 3) 9)",
]
for line in program:
    try:
        result = evaluate(read(tokenize(line)), env)
        if result is not None:
            print(f"{line} => {to_str(result)}")
    except (SyntaxError, NameError) as e:
        print(f"{line} !! {type(e).__name__}: {e}")
