class Parser:
    def parse(self, text):
        return [self.parse_item(t) for t in text.split(",")]
    def parse_item(self, t):
        return float(t)
p = Parser()
print(p.parse("1,2.5,3"))
print(p.parse("1,two,3"))
