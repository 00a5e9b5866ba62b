#!/usr/bin/python3
"""The conformance suite of jupyter_kernel_test (Debian's python3-jupyter-kernel-test), with the
samples of its own ipykernel example (test_ipykernel.py), run with unittest against one kernel.

Usage: /usr/bin/python3 tests/clients/check_conformance.py [--kernel weft|python3]
Run with --kernel python3 to see the samples hold for ipykernel.
"""
import sys
import unittest

import jupyter_kernel_test

from kernel_session import arguments


class PythonKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "weft"  # replaced by --kernel
    language_name = "python"
    file_extension = ".py"
    code_hello_world = "print('hello, world')"
    code_stderr = "import sys; print('test', file=sys.stderr)"
    completion_samples = [{"text": "zi", "matches": {"zip"}}]
    complete_code_samples = ["1", "print('hello, world')", "def f(x):\n  return x*2\n\n\n"]
    incomplete_code_samples = ["print('''hello", "def f(x):\n  x*2"]
    invalid_code_samples = ["import = 7q"]
    code_page_something = "zip?"
    code_generate_error = "raise"
    code_execute_result = [
        {"code": "1+2+3", "result": "6"},
        {"code": "[n*n for n in range(1, 4)]", "result": "[1, 4, 9]"},
    ]
    code_display_data = [
        {"code": "from IPython.display import HTML, display; display(HTML('<b>test</b>'))", "mime": "text/html"},
        {"code": "from IPython.display import Math, display; display(Math('\\\\frac{1}{2}'))",
         "mime": "text/latex"},
    ]
    code_history_pattern = "1?2*"
    supported_history_operations = ("tail", "search")
    code_inspect_sample = "zip"
    code_clear_output = "from IPython.display import clear_output; clear_output()"


def main():
    args = arguments(__doc__)
    PythonKernelTests.kernel_name = args.kernel
    if args.kernel == "weft":
        # Weft answers range requests by absolute session too; ipykernel 6 does not (it answers
        # session 0), which is why jupyter_kernel_test's own ipykernel samples leave range out.
        PythonKernelTests.supported_history_operations = ("tail", "range", "search")
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(PythonKernelTests)
    result = unittest.TextTestRunner(stream=sys.stdout, verbosity=2).run(suite)
    print("check_conformance --kernel %s: %d run, %d failed, %d errors, %d skipped" % (
        args.kernel, result.testsRun, len(result.failures), len(result.errors), len(result.skipped)))
    sys.exit(0 if result.wasSuccessful() else 1)


if __name__ == "__main__":
    main()
