s = """line one
line two
  indented"""
print(s)
print(len(s.splitlines()))
t = '''single "quoted" 'triple' '''
print(t)
u = """\
no leading newline"""
print(u)
