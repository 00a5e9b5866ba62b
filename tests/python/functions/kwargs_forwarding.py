def base(a, b=2, *, c=3):
    return f"a={a} b={b} c={c}"
def forward(*args, **kwargs):
    return base(*args, **kwargs)
print(forward(1), forward(1, 5), forward(a=0, c=9), forward(1, c=4, b=6))
def with_defaults(**overrides):
    options = {"color": "red", "size": 10}
    options.update(overrides)
    return options
print(with_defaults(), with_defaults(size=12, shape="circle"))
def tagged(tag, /, *items, sep=", ", **attrs):
    attr_text = "".join(f' {k}="{v}"' for k, v in attrs.items())
    return f"<{tag}{attr_text}>{sep.join(items)}</{tag}>"
print(tagged("p", "a", "b", id="x", cls="y"), tagged("br"))
