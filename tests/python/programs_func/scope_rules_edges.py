# Edge cases of scope rules edges, each printed as label -> result or label !! error.
def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
def class_comp():
    class A:
        x = 5
        y = [x for _ in range(3)]
    return A.y
t("class comprehension", class_comp)
def class_comp_iter():
    class A:
        x = [1, 2]
        y = [v * 2 for v in x]
    return A.y
t("class comp first iter", class_comp_iter)
def class_lambda():
    class A:
        x = 5
        f = lambda self: x
    return A().f()
t("class lambda", class_lambda)
def class_nonlocal():
    x = "outer"
    class A:
        x = "class"
        def m(self):
            return x
    return A().m()
t("method sees enclosing not class", class_nonlocal)
def class_reads_enclosing():
    x = "enclosing"
    class A:
        y = x
    return A.y
t("class body reads enclosing", class_reads_enclosing)
def class_shadow_then_read():
    x = "enclosing"
    class A:
        print_x = x
        x = "class"
        after = x
    return A.print_x, A.after
t("class body shadow", class_shadow_then_read)
x = "global"
def class_global_fallback():
    class A:
        y = x
    return A.y
t("class global fallback", class_global_fallback)
def class_free_var_mod():
    x = 1
    class A:
        nonlocal x
        x = 2
    return x
t("class nonlocal", class_free_var_mod)
def comp_scope_leak():
    [i for i in range(3)]
    try:
        return i
    except NameError as e:
        return f"NameError: {e}"
t("comprehension var leak", comp_scope_leak)
def walrus_in_comp():
    [y := n for n in range(3)]
    return y
t("walrus leaks", walrus_in_comp)
def del_then_use():
    a = 1
    del a
    return a
t("del then use", del_then_use)
def del_free():
    a = 1
    def inner():
        return a
    del a
    return inner()
t("del free var", del_free)
def super_no_args_static():
    class A:
        @staticmethod
        def s():
            return super()
    return A.s()
t("super in staticmethod", super_no_args_static)
def class_cell():
    class A:
        def m(self):
            return __class__
    return A().m().__name__
t("__class__ cell", class_cell)
def exec_locals():
    x = 1
    exec("x = 2")
    return x
t("exec locals no effect", exec_locals)
def locals_snapshot():
    a = 1
    l = locals()
    b = 2
    return sorted(l), sorted(locals())
t("locals snapshot", locals_snapshot)
def global_decl_after_assign_in_other():
    global newglobal
    newglobal = 42
    return newglobal
t("global create", global_decl_after_assign_in_other)
t("global visible", lambda: newglobal)
def unbound_aug():
    c = 0
    def inc():
        c += 1
    inc()
t("unbound augassign", unbound_aug)
def star_names():
    first, *rest = range(5)
    *init, last = "abc"
    return first, rest, init, last
t("star assign", star_names)
def loop_var_after():
    for q in []:
        pass
    return q
t("loop var unassigned", loop_var_after)
def nested_nonlocal_chain():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 10
        l2()
        return a
    return l1(), a
t("nested nonlocal chain", nested_nonlocal_chain)
def default_eval_time():
    val = 1
    def f(x=val):
        return x
    val = 2
    return f()
t("default evaluated at def", default_eval_time)
def mutable_default(acc=[]):
    acc.append(len(acc))
    return acc
t("mutable default", lambda: (mutable_default(), mutable_default(), mutable_default([9])))
def generator_scope():
    x = 10
    g = (x + i for i in range(3))
    x = 20
    return list(g)
t("genexpr late binding", generator_scope)
def genexpr_first_iter_early():
    items = [1, 2]
    g = (i for i in items)
    items = [3, 4]
    return list(g)
t("genexpr first iterable early", genexpr_first_iter_early)
