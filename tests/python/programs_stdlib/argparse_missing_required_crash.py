import argparse

parser = argparse.ArgumentParser(prog="deploy", exit_on_error=False)
parser.add_argument("--env", required=True, choices=["dev", "prod"])
parser.add_argument("--replicas", type=int, default=1)
print(parser.parse_args(["--env", "dev"]))
print(parser.parse_args(["--env", "prod", "--replicas", "3"]))
parser.parse_args(["--replicas", "2"])
