"""An uncaught KeyboardInterrupt: its finally blocks run, then the report, and the process ends as interrupted."""
def work():
    try:
        print("working")
        raise KeyboardInterrupt
    finally:
        print("cleaned up")


work()
