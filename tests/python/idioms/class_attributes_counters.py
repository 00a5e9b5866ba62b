class Ticket:
    next_id = 1
    issued = []
    def __init__(self, owner):
        self.id = Ticket.next_id
        Ticket.next_id += 1
        self.owner = owner
        Ticket.issued.append(self)
    def __repr__(self):
        return f"Ticket#{self.id}({self.owner})"

t1, t2, t3 = Ticket("a"), Ticket("b"), Ticket("c")
print(Ticket.issued, Ticket.next_id)
print(t1.next_id, "next_id" in vars(t1))
t1.next_id = 99
print(t1.next_id, Ticket.next_id, t2.next_id)
del t1.next_id
print(t1.next_id)

class Config:
    defaults = {"debug": False}
    def __init__(self, **kw):
        self.settings = dict(self.defaults)
        self.settings.update(kw)
print(Config(debug=True).settings, Config().settings, Config.defaults)
