# An uncaught exception prints its notes after the exception line, a multi-line note line by line.
e = ValueError("last")
e.add_note("first note")
e.add_note("second note\nends here")
raise e
