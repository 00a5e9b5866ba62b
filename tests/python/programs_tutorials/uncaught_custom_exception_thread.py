# A user-defined exception class in a thread report uses its module-qualified name rules.
import threading

class QuotaExceeded(Exception):
    def __init__(self, user, used):
        super().__init__(f"{user} used {used} MB")
        self.user = user

class Silent(Exception):
    pass

def upload(user):
    raise QuotaExceeded(user, 1024)

def quiet():
    raise Silent()

for target, args in ((upload, ("alice",)), (quiet, ())):
    t = threading.Thread(target=target, args=args)
    t.start()
    t.join()
print("uploads attempted")
