# The password and group databases: root's entries, lookups both ways, struct sequences, errors.
import grp
import os
import pwd

root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, root.pw_dir)
print(root == pwd.getpwnam("root"), root[0], root[2:4], len(root))
print(type(root).__name__, type(root).__module__, pwd.struct_passwd.n_fields)
print(all(isinstance(e, pwd.struct_passwd) for e in pwd.getpwall()), root in pwd.getpwall())
print(pwd.getpwuid(os.getuid()).pw_uid == os.getuid())

group = grp.getgrgid(0)
print(group.gr_name, group.gr_gid, type(group.gr_mem).__name__, group == grp.getgrnam("root"))
print(grp.getgrgid(id=0) == grp.getgrnam(name="root"), group in grp.getgrall())

made = pwd.struct_passwd(("ada", "x", 1815, 1815, "Ada Lovelace", "/home/ada", "/bin/sh"))
print(made)
print(made.pw_gecos, tuple(made)[-2:])
print(grp.struct_group(("devs", "x", 4242, ["ada", "alan"])))

attempts = [
    lambda: pwd.getpwuid(4294967294), lambda: pwd.getpwuid(-1), lambda: pwd.getpwuid(-5),
    lambda: pwd.getpwuid(2**40), lambda: pwd.getpwuid("0"), lambda: pwd.getpwuid(),
    lambda: pwd.getpwuid(uidobj=0), lambda: pwd.getpwnam("no such user here"), lambda: pwd.getpwnam(b"root"),
    lambda: pwd.getpwnam("ro\0ot"), lambda: pwd.getpwall(1),
    lambda: grp.getgrgid(4294967294), lambda: grp.getgrgid(-1), lambda: grp.getgrgid(-7),
    lambda: grp.getgrgid(2**40), lambda: grp.getgrgid(2**70), lambda: grp.getgrgid(1.5), lambda: grp.getgrgid(),
    lambda: grp.getgrgid(1, 2), lambda: grp.getgrnam("no such group here"), lambda: grp.getgrnam(3),
    lambda: pwd.struct_passwd((1, 2)),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, repr(e))
print(pwd.getpwuid.__doc__)
print(grp.getgrall.__doc__)
print(sorted(n for n in dir(pwd) if not n.startswith("__")), sorted(n for n in dir(grp) if not n.startswith("__")))
