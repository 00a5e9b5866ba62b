"""TestSuite: a composite of tests, with class-level setUpClass/tearDownClass handling."""

import sys

from . import case

__unittest = True


class BaseTestSuite:
    """A collection of tests run in order."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s.%s tests=%s>" % (self.__class__.__module__, self.__class__.__qualname__, list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for test in self:
            if result.shouldStop:
                break
            test(result)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs setUpClass/tearDownClass around each class's tests."""

    def run(self, result, debug=False):
        topLevel = False
        if getattr(result, '_testRunEntered', False) is False:
            result._testRunEntered = topLevel = True
        for test in self:
            if result.shouldStop:
                break
            if _isnotsuite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False) or
                        getattr(result, '_moduleSetUpFailed', False)):
                    continue
            test(result)
        if topLevel:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    # Compare CPython TestSuite._handleModuleFixture: setUpModule runs before the first test of a
    # module, tearDownModule (then the module cleanups) after its last.
    def _handleModuleFixture(self, test, result):
        previousModule = _previous_module(result)
        currentModule = test.__class__.__module__
        if currentModule == previousModule:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(currentModule)
        setUpModule = getattr(module, 'setUpModule', None) if module is not None else None
        if setUpModule is None:
            return
        try:
            setUpModule()
        except Exception as e:
            result._moduleSetUpFailed = True
            self._addClassOrModuleLevelException(result, e, 'setUpModule (%s)' % currentModule)
        if result._moduleSetUpFailed:
            try:
                case.doModuleCleanups()
            except Exception as e:
                self._addClassOrModuleLevelException(result, e, 'setUpModule (%s)' % currentModule)

    def _handleModuleTearDown(self, result):
        previousModule = _previous_module(result)
        if previousModule is None or getattr(result, '_moduleSetUpFailed', False):
            return
        module = sys.modules.get(previousModule)
        if module is None:
            return
        tearDownModule = getattr(module, 'tearDownModule', None)
        if tearDownModule is not None:
            try:
                tearDownModule()
            except Exception as e:
                self._addClassOrModuleLevelException(result, e, 'tearDownModule (%s)' % previousModule)
        try:
            case.doModuleCleanups()
        except Exception as e:
            self._addClassOrModuleLevelException(result, e, 'tearDownModule (%s)' % previousModule)

    def _handleClassSetUp(self, test, result):
        previousClass = getattr(result, '_previousTestClass', None)
        currentClass = test.__class__
        if currentClass == previousClass:
            return
        if getattr(currentClass, "__unittest_skip__", False):
            return
        currentClass._classSetupFailed = False
        try:
            currentClass.setUpClass()
        except Exception as e:
            currentClass._classSetupFailed = True
            className = "%s.%s" % (currentClass.__module__, currentClass.__qualname__)
            self._addClassOrModuleLevelException(result, e, 'setUpClass (%s)' % className)

    def _tearDownPreviousClass(self, test, result):
        previousClass = getattr(result, '_previousTestClass', None)
        currentClass = test.__class__ if test is not None else None
        if currentClass == previousClass or previousClass is None:
            return
        if getattr(previousClass, '_classSetupFailed', False):
            return
        if getattr(previousClass, "__unittest_skip__", False):
            return
        try:
            previousClass.tearDownClass()
        except Exception as e:
            className = "%s.%s" % (previousClass.__module__, previousClass.__qualname__)
            self._addClassOrModuleLevelException(result, e, 'tearDownClass (%s)' % className)
        try:
            previousClass.doClassCleanups()
        except Exception as e:
            className = "%s.%s" % (previousClass.__module__, previousClass.__qualname__)
            self._addClassOrModuleLevelException(result, e, 'tearDownClass (%s)' % className)

    def _addClassOrModuleLevelException(self, result, exception, errorName):
        error = _ErrorHolder(errorName)
        if isinstance(exception, case.SkipTest):
            result.addSkip(error, str(exception))
        else:
            result.addError(error, sys.exc_info())


class _ErrorHolder:
    """Stands in for a test when setUpClass or tearDownClass fails."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _previous_module(result):
    previousClass = getattr(result, '_previousTestClass', None)
    return previousClass.__module__ if previousClass is not None else None


def _isnotsuite(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False
