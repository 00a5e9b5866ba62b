from .helpers import helper as _h
from .. import greetings
def sub_call():
    return _h() + " via " + __name__ + " / " + greetings.greet("sub")
