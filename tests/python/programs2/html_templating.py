def escape(text):
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))

class Template:
    def __init__(self, source):
        self.source = source

    def render(self, **context):
        out = []
        i = 0
        src = self.source
        while i < len(src):
            start = src.find("{{", i)
            if start == -1:
                out.append(src[i:])
                break
            out.append(src[i:start])
            end = src.find("}}", start)
            if end == -1:
                raise SyntaxError(f"unclosed tag at {start}")
            expr = src[start + 2:end].strip()
            raw = expr.endswith("|raw")
            if raw:
                expr = expr[:-4].strip()
            value = self.lookup(expr, context)
            out.append(str(value) if raw else escape(value))
            i = end + 2
        return "".join(out)

    @staticmethod
    def lookup(expr, context):
        name, *path = expr.split(".")
        if name not in context:
            raise KeyError(f"undefined variable {name!r}")
        value = context[name]
        for part in path:
            if isinstance(value, dict):
                value = value[part]
            elif part.isdigit():
                value = value[int(part)]
            else:
                value = getattr(value, part)
                if callable(value):
                    value = value()
        return value

class User:
    def __init__(self, name, email):
        self.name, self.email = name, email
    def initials(self):
        return "".join(p[0] for p in self.name.split()).upper()

page = Template("<h1>{{ title }}</h1>\n<p>Hello {{ user.name }} ({{user.initials}}) &lt;{{ user.email }}&gt;</p>\n"
                "<p>First tag: {{ tags.0 }}, count {{ stats.count }}</p>\n<div>{{ body|raw }}</div>")
print(page.render(title="Tom & Jerry's <Show>", user=User("ada lovelace", "ada@example.com"),
                  tags=["<b>bold</b>", "x"], stats={"count": 3}, body="<em>trusted</em>"))
rows = [("apple", 3), ("<script>", 1)]
row_t = Template("<tr><td>{{ name }}</td><td>{{ qty }}</td></tr>")
print("\n".join(row_t.render(name=n, qty=q) for n, q in rows))
for bad_src, ctx in [("{{ missing }}", {}), ("{{ open", {}), ("{{ d.k }}", {"d": {}})]:
    try:
        Template(bad_src).render(**ctx)
    except (KeyError, SyntaxError) as e:
        print(type(e).__name__, e)
