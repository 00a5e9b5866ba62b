from ..helpers import helper
from ...greetings import GREETING
VALUE = (helper(), GREETING, __name__, __package__)
