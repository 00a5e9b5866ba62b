import argparse, sys
sys.stderr = sys.stdout

parser = argparse.ArgumentParser(prog="cloud", description="Manage cloud resources.")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--region", default="eu-west-1", metavar="REGION")
top = parser.add_subparsers(dest="resource", required=True, metavar="RESOURCE")
vm = top.add_parser("vm", help="virtual machines")
vm_sub = vm.add_subparsers(dest="action", required=True)
create = vm_sub.add_parser("create", help="create a VM")
create.add_argument("name")
create.add_argument("--size", choices=["small", "large"], default="small")
create.add_argument("--tag", action="append", default=[], metavar="K=V")
delete = vm_sub.add_parser("delete", help="delete VMs")
delete.add_argument("names", nargs="+")
delete.add_argument("-y", "--yes", action="store_true")
bucket = top.add_parser("bucket", help="storage buckets")
bucket.add_argument("op", choices=["ls", "mk", "rm"])
bucket.add_argument("path", nargs="?", default="/")
for argv in (["vm", "create", "web1", "--size", "large", "--tag", "env=prod", "--tag", "team=a"],
             ["-vv", "--region", "us-east-1", "vm", "delete", "a", "b", "-y"],
             ["bucket", "ls"], ["bucket", "mk", "/data"]):
    ns = parser.parse_args(argv)
    print(vars(ns))
parser.print_help()
vm.print_help()
create.print_help()
for argv in ([], ["vm"], ["vm", "create"], ["bucket", "cp"], ["vm", "create", "x", "--size", "huge"], ["db"]):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
