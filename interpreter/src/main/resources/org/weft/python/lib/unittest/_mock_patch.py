"""unittest.mock's patch, patch.object, patch.dict and patch.multiple: replace an attribute (or
dict items) for the length of a with block, a decorated function, or start() to stop()."""

import functools
import importlib
import inspect

from ._mock_call import DEFAULT
from ._mock_magic import AsyncMock, MagicMock, create_autospec

_active = []


def _importer(target):
    parts = target.split('.')
    name = parts.pop(0)
    thing = importlib.import_module(name)
    for part in parts:
        name += '.' + part
        try:
            thing = getattr(thing, part)
        except AttributeError:
            thing = importlib.import_module(name)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,))
    return (lambda: _importer(target)), attribute


class _patch:
    """One patch; usable as a context manager, a decorator, or with start() and stop()."""

    attribute_name = None

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                 kwargs):
        if new_callable is not None and new is not DEFAULT:
            raise ValueError("Cannot use 'new' and 'new_callable' together")
        if new_callable is not None and autospec is not None:
            raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.has_local = False

    def copy(self):
        p = _patch(self.getter, self.attribute, self.new, self.spec, self.create, self.spec_set,
                   self.autospec, self.new_callable, self.kwargs)
        p.attribute_name = self.attribute_name
        p.additional_patchers = [q.copy() for q in self.additional_patchers]
        return p

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return _decorate_callable(func, self)

    def decorate_class(self, klass):
        for name in dir(klass):
            if not name.startswith(patch.TEST_PREFIX):
                continue
            attr = getattr(klass, name)
            if not hasattr(attr, '__call__'):
                continue
            setattr(klass, name, self.copy()(attr))
        return klass

    def get_original(self):
        target = self.target
        name = self.attribute
        try:
            original = target.__dict__[name]
            local = True
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
            local = False
        if name in ('__builtins__',) or (not self.create and original is DEFAULT):
            if original is DEFAULT:
                raise AttributeError('%s does not have the attribute %r' % (target, name))
        return original, local

    def __enter__(self):
        self.target = self.getter()
        original, local = self.get_original()
        new = self.new
        if new is DEFAULT and self.autospec is None:
            klass = self.new_callable
            inherit = False
            if klass is None:
                if self.spec is True or self.spec_set is True:
                    spec_obj = original
                else:
                    spec_obj = self.spec if self.spec is not None else self.spec_set
                if original is not DEFAULT and inspect.iscoroutinefunction(original):
                    klass = AsyncMock
                else:
                    klass = MagicMock
            kw = dict(self.kwargs)
            if self.spec is not None:
                kw['spec'] = original if self.spec is True else self.spec
            if self.spec_set is not None:
                kw['spec_set'] = original if self.spec_set is True else self.spec_set
            new = klass(**kw)
        elif self.autospec is not None:
            spec = original if self.autospec is True else self.autospec
            new = create_autospec(spec, spec_set=bool(self.spec_set), _name=self.attribute,
                                  **self.kwargs)
        self.temp_original = original
        self.is_local = local
        setattr(self.target, self.attribute, new)
        if self.attribute_name is not None:
            extra = {}
            if self.new is DEFAULT:
                extra[self.attribute_name] = new
            for p in self.additional_patchers:
                result = p.__enter__()
                if p.new is DEFAULT:
                    extra.update(result)
            return extra
        return new

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if (not self.create and (not hasattr(self.target, self.attribute)
                                     or self.attribute in ('__doc__', '__module__',
                                                           '__defaults__', '__annotations__',
                                                           '__kwdefaults__'))):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        for p in reversed(self.additional_patchers):
            p.__exit__(*exc_info)
        return False

    def start(self):
        """Apply the patch; stop() undoes it."""
        result = self.__enter__()
        _active.append(self)
        return result

    def stop(self):
        """Undo a patch that start() applied."""
        try:
            _active.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _decorate_callable(func, patcher):
    # stacked @patch decorators share one wrapper; their mocks are passed bottom-most first
    if hasattr(func, 'patchings'):
        func.patchings.append(patcher)
        return func
    if inspect.iscoroutinefunction(func):
        @functools.wraps(func)
        async def patched(*args, **kwargs):
            entered, extra, named = _enter_all(patched.patchings)
            try:
                return await func(*args, *extra, **kwargs, **named)
            finally:
                _exit_all(entered)
    else:
        @functools.wraps(func)
        def patched(*args, **kwargs):
            entered, extra, named = _enter_all(patched.patchings)
            try:
                return func(*args, *extra, **kwargs, **named)
            finally:
                _exit_all(entered)
    patched.patchings = [patcher]
    return patched


def _enter_all(patchings):
    """Apply the patches; the mocks they made: positional ones, and patch.multiple's by name."""
    entered, args, kwargs = [], [], {}
    try:
        for p in patchings:
            result = p.__enter__()
            entered.append(p)
            if p.attribute_name is not None:
                kwargs.update(result)
            elif p.new is DEFAULT:
                args.append(result)
    except BaseException:
        _exit_all(entered)
        raise
    return entered, args, kwargs


def _exit_all(entered):
    for p in reversed(entered):
        p.__exit__(None, None, None)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, **kwargs):
    """Replace the object named by target ('package.module.name') while the patch is active."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, **kwargs):
    """Replace target.attribute while the patch is active."""
    if type(target) is str:
        raise TypeError('%r must be the actual object to be patched, not a str' % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    """Patch several attributes of target at once; DEFAULT values become MagicMocks."""
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        this.attribute_name = attribute
        patcher.additional_patchers.append(this)
    return patcher


class _patch_dict:
    """Set items in a dict (or a dict named by a dotted string) and restore it afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for name in dir(f):
                if name.startswith(patch.TEST_PREFIX):
                    attr = getattr(f, name)
                    if hasattr(attr, '__call__'):
                        setattr(f, name, _patch_dict(self.in_dict, self.values, self.clear)(attr))
            return f
        if inspect.iscoroutinefunction(f):
            @functools.wraps(f)
            async def _inner(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
            return _inner

        @functools.wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(self.values)
        except AttributeError:
            for key in self.values:
                in_dict[key] = self.values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _active.append(self)
        return result

    def stop(self):
        try:
            _active.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stop every patch that start() began, the latest first."""
    for p in reversed(_active[:]):
        p.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
