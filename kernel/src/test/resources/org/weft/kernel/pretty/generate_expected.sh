#!/bin/sh
# Regenerates cases.out with real IPython (Debian's python3-ipykernel brings it to /usr/bin/python3).
# Never edit cases.out by hand.
cd "$(dirname "$0")" && /usr/bin/python3 cases.py > cases.out
