raise ValueError("first line\nsecond line of the message")
