# __notes__ that is not a sequence is printed with repr, without a newline after it.
e = ValueError("v")
e.__notes__ = {"code": 7}
raise e
