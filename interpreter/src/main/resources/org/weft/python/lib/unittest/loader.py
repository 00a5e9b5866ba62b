"""TestLoader: finds test methods (named test*) in classes and modules, sorted by name."""

import functools
import sys

from . import case, suite

__unittest = True


def _cmp(x, y):
    return (x > y) - (x < y)


class _FailedTest(case.TestCase):
    """Stands for a name the loader could not load: running it raises what loading raised."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattr__(name)

        def testFailure():
            raise self._exception
        return testFailure


def _make_skipped_test(methodname, exception, suiteClass):
    """A suite of one test, named for a module that raised SkipTest when imported, that is skipped."""
    @case.skip(str(exception))
    def testSkipped(self):
        pass
    TestClass = type("ModuleSkipped", (case.TestCase,), {methodname: testSkipped})
    return suiteClass((TestClass(methodname),))


class TestLoader:
    """Builds suites from TestCase classes, modules and dotted names."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite

    def __init__(self):
        self.errors = []
        # packages whose load_tests is running, so that a discover() it calls does not reload them
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to "
                            "derive from TestCase?")
        testCaseNames = self.getTestCaseNames(testCaseClass)
        if not testCaseNames and hasattr(testCaseClass, 'runTest'):
            testCaseNames = ['runTest']
        return self.suiteClass(map(testCaseClass, testCaseNames))

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module = __import__('.'.join(parts_copy))
                    break
                except ImportError:
                    failed = parts_copy.pop()
                    if not parts_copy:
                        # even the first name does not import: a test that fails with the error
                        return self._failed_import(failed)
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                # CPython: a name that cannot be traversed becomes a test that fails with the error
                import traceback
                self.errors.append('Failed to access attribute:\n%s' % (traceback.format_exc(),))
                return self.suiteClass((_FailedTest(part, e),))
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if callable(obj) and isinstance(parent, type) and issubclass(parent, case.TestCase):
            return self.suiteClass([parent(obj.__name__)])
        if isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, (suite.TestSuite, case.TestCase)):
                return test
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        def shouldIncludeMethod(attrname):
            if not attrname.startswith(self.testMethodPrefix):
                return False
            testFunc = getattr(testCaseClass, attrname)
            if not callable(testFunc):
                return False
            if self.testNamePatterns is None:
                return True
            import fnmatch
            fullName = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, attrname)
            return any(fnmatch.fnmatchcase(fullName, pattern) for pattern in self.testNamePatterns)
        testFnNames = list(filter(shouldIncludeMethod, dir(testCaseClass)))
        if self.sortTestMethodsUsing:
            testFnNames.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return testFnNames

    _top_level_dir = None

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """All tests of the modules under start_dir whose file names match pattern (shell-style),
        in sorted order, recursing into packages (directories with __init__.py). Every module must
        be importable from top_level_dir (default: start_dir), which goes first on sys.path. A
        package (or module) with a load_tests(loader, tests, pattern) function decides its own
        tests; a module that fails to import becomes a test that fails with its error."""
        import os
        implicit_top = top_level_dir is None and self._top_level_dir is None
        if top_level_dir is None:
            top_level_dir = self._top_level_dir if self._top_level_dir is not None else start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            importable = start_dir == top_level_dir or os.path.isfile(os.path.join(start_dir, '__init__.py'))
        else:
            # a dotted module name: discover in the package's directory
            try:
                __import__(start_dir)
            except ImportError:
                importable = False
            else:
                module = sys.modules[start_dir]
                if getattr(module, '__file__', None) is None:
                    raise TypeError("don't know how to discover from %r" % (module,))
                top_name = start_dir.split('.')[0]
                start_dir = os.path.abspath(os.path.dirname(module.__file__))
                importable = True
                if implicit_top:
                    # the top is the directory that holds the dotted name's first package
                    top_file = os.path.abspath(sys.modules[top_name].__file__)
                    top = os.path.dirname(top_file)
                    if os.path.basename(top_file).startswith('__init__.'):
                        top = os.path.dirname(top)
                    sys.path.remove(top_level_dir)
                    self._top_level_dir = top
        if not importable:
            raise ImportError('Start directory is not importable: %r' % start_dir)
        return self.suiteClass(list(self._find_tests(start_dir, pattern)))

    def _module_name(self, path):
        import os
        rel = os.path.relpath(os.path.splitext(os.path.normpath(path))[0], self._top_level_dir)
        if os.path.isabs(rel) or rel.startswith('..'):
            raise ImportError('Path must be within the project')
        return rel.replace(os.sep, '.')

    def _find_tests(self, start_dir, pattern):
        import fnmatch
        import os
        for entry in sorted(os.listdir(start_dir)):
            path = os.path.join(start_dir, entry)
            if os.path.isfile(path):
                base, ext = os.path.splitext(entry)
                if ext != '.py' or not base.isidentifier() or not fnmatch.fnmatch(entry, pattern):
                    continue
                name = self._module_name(path)
                module = self._import_test_module(name)
                if isinstance(module, suite.TestSuite):
                    yield module
                else:
                    yield self.loadTestsFromModule(module, pattern=pattern)
            elif os.path.isdir(path) and entry.isidentifier():
                if not os.path.isfile(os.path.join(path, '__init__.py')):
                    continue
                name = self._module_name(path)
                package = self._import_test_module(name)
                if isinstance(package, suite.TestSuite):
                    yield package
                    continue
                if name in self._loading_packages:
                    continue  # its load_tests is discovering it already
                self._loading_packages.add(name)
                try:
                    # the package's own tests (its load_tests, if any, decides them and what lies
                    # below, which is then not searched)
                    yield self.loadTestsFromModule(package, pattern=pattern)
                    if getattr(package, 'load_tests', None) is None:
                        yield from self._find_tests(path, pattern)
                finally:
                    self._loading_packages.discard(name)

    def _import_test_module(self, name):
        """The module, or a suite whose one test fails with the import error (as CPython reports it)."""
        try:
            __import__(name)
            return sys.modules[name]
        except case.SkipTest as e:
            return _make_skipped_test(name, e, self.suiteClass)
        except Exception:
            return self._failed_import(name)

    def _failed_import(self, name):
        """Call within an except clause: a suite of one test that fails with the error being handled."""
        import traceback
        message = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
        self.errors.append(message)
        return self.suiteClass((_FailedTest(name, ImportError(message)),))


defaultTestLoader = TestLoader()
