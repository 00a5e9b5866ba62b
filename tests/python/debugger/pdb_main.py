# `python -m pdb script.py` (pdb.main) on a script: stopping at its first line, breakpoints,
# 'The program finished and will be restarted', restart with new arguments, sys.exit, an
# uncaught exception's post mortem, -c commands, and a missing script.
import os

import pdb
from pdbsupport import run_main

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pdbsupport', 'mainprog.py')

run_main(pdb.main, ['pdb', SCRIPT], "n\nn\nb double\nc\nw\nc\nn\nq\n")
run_main(pdb.main, ['pdb', SCRIPT], "c\nc\nrun a b\nc\nrestart a\nc\np x\nl\nbt\nc\nq\n")
run_main(pdb.main, ['pdb', '-c', 'b 9', '-c', 'c', SCRIPT, 'one'], "p x\nn\nn\nn\nq\n")
run_main(pdb.main, ['pdb', 'no_such_script.py'], "")
run_main(pdb.main, ['pdb'], "")
