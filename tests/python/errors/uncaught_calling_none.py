def get_handler(name):
    return {"a": print}.get(name)
get_handler("a")("handler a called")
get_handler("b")("never")
