import argparse

parser = argparse.ArgumentParser(prog="deploy", description="Deploy a service.")
parser.add_argument("service")
parser.add_argument("--env", choices=["dev", "staging", "prod"], required=True)
parser.add_argument("--replicas", type=int, default=1)
print(parser.parse_args(["api", "--env", "dev"]))
print(parser.format_usage(), end="")
parser.parse_args(["api", "--env", "qa", "--replicas", "3"])
print("not reached")
