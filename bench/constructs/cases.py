"""Single Python constructs timed in loops, for bench/constructs/run (Weft and python3 side by side).

Each t_NAME(n) runs one construct about n times; the driver takes the best of several rounds in
one process (so JIT warm-up is excluded: this measures steady state, per construct) and prints
`NAME NS_PER_ITERATION`. Names that exist twice were renamed; keep cases small and deterministic.
"""
import sys
import time

class P:
    def __init__(self, a, b, c): self.a = a; self.b = b; self.c = c
    def m2(self, x, y): return x
class Q(P):
    def __init__(self, a): super().__init__(a, 1, 2)
G = 5
def f2(a, b=1): return a
def fv(*args): return args
def fk(**kw): return kw
def mk():
    c = 3
    def inner(n):
        s = 0
        for i in range(n): s += c
        return s
    return inner
closure = mk()
L6 = list(range(100)); D6 = {str(i): i for i in range(100)}; KEYS = list(D6)
T = (1, 2)
def t_listidx(n):
    a = L6; s = 0
    for i in range(n): s += a[i & 63]
def t_listset(n):
    a = [0] * 64
    for i in range(n): a[i & 63] = i
def t_dictstr(n):
    d = D6; k = KEYS; s = 0
    for i in range(n): s += d[k[i & 63]]
def t_dictget(n):
    d = D6; s = 0
    for i in range(n): s += d.get("7", 0)
def t_in(n):
    d = D6; s = 0
    for i in range(n):
        if "7" in d: s += 1
def t_len(n):
    a = L6; s = 0
    for i in range(n): s += len(a)
def t_isinst(n):
    p = P(1, 2, 3); s = 0
    for i in range(n):
        if isinstance(p, P): s += 1
def t_isnone(n):
    x = None; s = 0
    for i in range(n):
        if x is None: s += 1
def t_cmp(n):
    s = 0
    for i in range(n):
        if i < 500000 and i != 7: s += 1
def t_arith(n):
    s = 0
    for i in range(n): s = (s + i * 3) % 1000003
def t_bits(n):
    s = 0
    for i in range(n): s ^= (i >> 2) & 255
def t_float(n):
    x = 0.5; s = 0.0
    for i in range(n): s = s * 0.999 + x * 1.5
def t_strcat(n):
    for i in range(n): s = "ab" + "cd"
def t_fmt(n):
    for i in range(n): s = "%d-%s" % (i, "x")
def t_fstr(n):
    for i in range(n): s = f"{i}:{i * 2}"
def t_lower(n):
    w = "Hello"
    for i in range(n): s = w.lower()
def t_enum(n):
    a = L6
    for k in range(n // 100):
        for i, x in enumerate(a): pass
def t_zip(n):
    a = L6
    for k in range(n // 100):
        for x, y in zip(a, a): pass
def t_tuple(n):
    for i in range(n): t = (i, i)
def t_unpack(n):
    t = T
    for i in range(n): a, b = t
def t_listcomp(n):
    a = L6[:10]
    for k in range(n // 10): b = [x * 2 for x in a]
def t_genexpr(n):
    a = L6[:10]
    for k in range(n // 10): s = sum(x for x in a)
def t_minabs(n):
    s = 0
    for i in range(n): s += min(i, 5) + abs(-i)
def t_global(n):
    s = 0
    for i in range(n): s += G
def t_closure(n):
    closure(n)
def t_meth2(n):
    p = P(1, 2, 3)
    for i in range(n): p.m2(i, i)
def t_kwcall(n):
    for i in range(n): f2(i, b=2)
def t_varargs(n):
    for i in range(n): fv(i, i)
def t_new3(n):
    for i in range(n): p = P(i, i, i)
def t_super(n):
    for i in range(n): q = Q(i)
def t_try(n):
    s = 0
    for i in range(n):
        try: s += 1
        except ValueError: pass
def t_raise(n):
    for i in range(n // 10):
        try: raise ValueError("x")
        except ValueError: pass
def t_while(n):
    i = 0
    while i < n: i += 1
def t_sliceS(n):
    s = "hello world"
    for i in range(n): t = s[1:5]
def t_listslice(n):
    a = L6
    for i in range(n): t = a[1:5]
def t_append_pop(n):
    a = []
    for i in range(n): a.append(i); a.pop()
def t_dictset(n):
    d = {}
    for i in range(n): d[i & 255] = i
def t_strjoin(n):
    parts = ["a", "b", "c", "d"]
    for i in range(n): s = " ".join(parts)
def t_split(n):
    s = "a b c d"
    for i in range(n): p = s.split()
class V:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __eq__(self, o): return self.x == o.x and self.y == o.y
    def __hash__(self): return hash((self.x, self.y))
class Seq:
    def __init__(self): self.d = [1, 2, 3]
    def __len__(self): return 3
    def __getitem__(self, i): return self.d[i]
class K:
    cls_attr = 5
    @staticmethod
    def sm(a): return a
    @classmethod
    def cm(cls, a): return a
    @property
    def p(self): return 1
L = list(range(50)); W = ["w%d" % i for i in range(50)]; D = {w: i for i, w in enumerate(W)}; S = set(W)
def t_sortkey(n):
    for k in range(n // 50): sorted(W, key=lambda w: -D[w])
def t_maxkey(n):
    for k in range(n // 50): max(W, key=len)
def t_sum(n):
    for k in range(n // 50): sum(L)
def t_anygen(n):
    for k in range(n // 50): any(x > 48 for x in L)
def t_joingen(n):
    for k in range(n // 50): "".join(w for w in W)
def t_mapstr(n):
    for k in range(n // 50): list(map(str, L))
def t_intstr(n):
    for i in range(n): int("12345")
def t_strint(n):
    for i in range(n): str(i)
def t_reprfloat(n):
    x = 0.1
    for i in range(n): repr(x * i)
def t_format(n):
    for i in range(n): "{} {}".format(i, "a")
def t_fmtspec(n):
    x = 3.14159
    for i in range(n): f"{x:.2f} {i:>5d}"
def t_divmod(n):
    for i in range(n): divmod(i, 7)
def t_inlist(n):
    for i in range(n): 25 in L
def t_index(n):
    for i in range(n): L.index(10)
def t_reversed(n):
    for k in range(n // 50):
        for x in reversed(L): pass
def t_dictcomp(n):
    for k in range(n // 50): {w: 1 for w in W}
def t_setcomp(n):
    for k in range(n // 50): {x % 7 for x in L}
def t_lambda(n):
    f = lambda a: a + 1
    for i in range(n): f(i)
def t_isinst_tuple(n):
    for i in range(n): isinstance(i, (str, int))
def t_hasattr(n):
    k = K()
    for i in range(n): hasattr(k, "p")
def t_getattr(n):
    k = K()
    for i in range(n): getattr(k, "cls_attr")
def t_typeis(n):
    for i in range(n): type(i) is int
def t_clsattr(n):
    k = K()
    for i in range(n): k.cls_attr
def t_static(n):
    for i in range(n): K.sm(i)
def t_classm(n):
    for i in range(n): K.cm(i)
def t_prop(n):
    k = K()
    for i in range(n): k.p
def t_userlen(n):
    s = Seq()
    for i in range(n): len(s)
def t_usergetitem(n):
    s = Seq()
    for i in range(n): s[1]
def t_useradd(n):
    a = V(1, 2)
    for i in range(n): a + a
def t_userhash(n):
    d = {V(1, 2): 1}; k = V(1, 2)
    for i in range(n): d[k]
def t_listsort(n):
    for k in range(n // 50): sorted(L, reverse=True)
def t_insert(n):
    for k in range(n // 50):
        a = []
        for x in L: a.insert(0, x)
def t_slice_assign(n):
    a = list(L)
    for i in range(n): a[2:4] = [1, 2]
def t_dictkeys(n):
    for k in range(n // 50):
        for w in D: pass
def t_dictvalues(n):
    for k in range(n // 50):
        for v in D.values(): pass
def t_setops(n):
    a = {1, 2, 3}; b = {2, 3, 4}
    for i in range(n): a & b
def t_strmethods(n):
    s = "  Hello World  "
    for i in range(n): s.strip().upper().replace("O", "0")
def t_startswith(n):
    s = "hello world"
    for i in range(n): s.startswith("he")
def t_strin(n):
    s = "hello world"
    for i in range(n): "wor" in s
def t_chr_ord(n):
    for i in range(n): chr(ord("a") + (i & 15))
def t_listext(n):
    for k in range(n // 50):
        a = []; a.extend(L); a += L
def t_pow3(n):
    for i in range(n): pow(i, 3, 1000)
def t_float_div(n):
    x = 0.0
    for i in range(1, n): x += 1.0 / i
def t_nested_call(n):
    def a(x): return b(x) + 1
    def b(x): return x
    for i in range(n): a(i)
def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
def gen_for(src):
    for x in src:
        yield x
def t_gen(n):
    s = 0
    for x in gen(n): s += x
    return s
def t_gen2(n):
    s = 0
    for x in gen_for(gen(n)): s += x
    return s
class P2:
    def __init__(self, x): self.x = x; self.y = 2
    def m(self): return self.x
def t_attr(n):
    p = P2(1); s = 0
    for i in range(n): s += p.x + p.y
    return s
def t_meth(n):
    p = P2(1); s = 0
    for i in range(n): s += p.m()
    return s
def f1(a): return a
def t_call(n):
    s = 0
    for i in range(n): s += f1(i)
    return s
def t_new(n):
    for i in range(n): p = P2(i)
    return p.x
def t_setattr(n):
    p = P2(1)
    for i in range(n): p.x = i
    return p.x
def t_list(n):
    l = []
    for i in range(n): l.append(i)
    return len(l)
def t_dict(n):
    d = {}
    for i in range(n): d[i & 1023] = i
    return len(d)
def t_str(n):
    s = 0
    for i in range(n): s += len(str(i))
    return s

def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    only = set(sys.argv[2:])
    n = 1000000
    cases = [(k, v) for k, v in sorted(globals().items()) if k.startswith("t_") and callable(v)]
    for name, case in cases:
        if only and name not in only:
            continue
        best = float("inf")
        for _ in range(rounds):
            start = time.perf_counter()
            case(n)
            best = min(best, time.perf_counter() - start)
        print("%s %.1f" % (name[2:], best / n * 1e9), flush=True)


if __name__ == "__main__":
    main()
