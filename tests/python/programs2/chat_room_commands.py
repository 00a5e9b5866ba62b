class ChatRoom:
    def __init__(self, name):
        self.name = name
        self.members = {}
        self.messages = []
        self.muted = set()

    def join(self, user):
        if user in self.members:
            return f"{user} is already here"
        self.members[user] = {"joined": len(self.messages), "sent": 0}
        self.broadcast("*", f"{user} joined")
        return None

    def leave(self, user):
        self.members.pop(user)
        self.broadcast("*", f"{user} left")

    def broadcast(self, sender, text):
        self.messages.append((sender, text))

    def handle(self, user, line):
        if user not in self.members:
            return f"{user}: you are not in {self.name}"
        if line.startswith("/"):
            cmd, _, arg = line[1:].partition(" ")
            handler = getattr(self, "cmd_" + cmd, None)
            if handler is None:
                return f"unknown command /{cmd}"
            return handler(user, arg)
        if user in self.muted:
            return f"{user} is muted"
        self.members[user]["sent"] += 1
        self.broadcast(user, line)
        return None

    def cmd_who(self, user, arg):
        return "members: " + ", ".join(sorted(self.members))

    def cmd_mute(self, user, arg):
        if arg not in self.members:
            return f"no such user {arg!r}"
        self.muted.add(arg)
        self.broadcast("*", f"{arg} was muted by {user}")

    def cmd_me(self, user, arg):
        self.broadcast("*", f"{user} {arg}")

    def cmd_stats(self, user, arg):
        return "; ".join(f"{u}={m['sent']}" for u, m in sorted(self.members.items()))

    def cmd_leave(self, user, arg):
        self.leave(user)

room = ChatRoom("#python")
events = [("join", "ann"), ("join", "bob"), ("say", "ann", "hi all"), ("say", "bob", "hello ann"),
          ("join", "ann"), ("say", "bob", "/who"), ("say", "cy", "am I here?"), ("join", "cy"),
          ("say", "cy", "/me waves"), ("say", "ann", "/mute cy"), ("say", "cy", "let me talk"),
          ("say", "ann", "/mute zed"), ("say", "bob", "/dance"), ("say", "ann", "/stats"),
          ("say", "bob", "/leave"), ("say", "ann", "/who")]
for ev in events:
    if ev[0] == "join":
        reply = room.join(ev[1])
    else:
        reply = room.handle(ev[1], ev[2])
    if reply:
        print("[reply]", reply)
print("--- transcript")
for sender, text in room.messages:
    print(f"{'' if sender == '*' else '<' + sender + '> '}{text}" if sender != "*" else f"  * {text}")
