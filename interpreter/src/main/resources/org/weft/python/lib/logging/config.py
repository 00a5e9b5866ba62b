"""logging.config: configure logging from a dictionary (dictConfig), as CPython's module does.

The schema: version (must be 1), formatters, filters, handlers, loggers, root, incremental and
disable_existing_loggers. Strings 'ext://a.b' name importable objects and 'cfg://a.b[0]' other
parts of the configuration; a '()' key gives a factory to call instead of the usual class, and
a '.' key attributes to set on what it made. Configuring takes the logging module's lock, so a
configuration is applied as a whole.
"""

import logging
import re
import sys

__all__ = ['dictConfig', 'dictConfigClass', 'DictConfigurator', 'fileConfig', 'valid_ident']

_IDENTIFIER = re.compile(r'^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    if not _IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    """The object a dotted name denotes, importing modules along the way as needed."""
    parts = name.split('.')
    used = parts.pop(0)
    try:
        found = __import__(used)
    except ImportError as e:
        raise ValueError('Cannot resolve %r: %s' % (name, e)) from e
    for part in parts:
        used += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            try:
                __import__(used)
            except ImportError as e:
                raise ValueError('Cannot resolve %r: %s' % (name, e)) from e
            found = getattr(found, part)
    return found


class DictConfigurator:
    """Applies one configuration dictionary."""

    def __init__(self, config):
        self.config = config

    # ---- values -----------------------------------------------------------------------------

    def convert(self, value):
        if isinstance(value, dict):
            return {k: self.convert(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.convert(v) for v in value]
        if isinstance(value, tuple):
            return tuple(self.convert(v) for v in value)
        if isinstance(value, str):
            if value.startswith('ext://'):
                return self.resolve(value[6:])
            if value.startswith('cfg://'):
                return self.cfg_convert(value[6:])
        return value

    def resolve(self, name):
        return _resolve(name)

    def cfg_convert(self, path):
        """'handlers.console' or 'handlers[console]' or 'list[0]' inside the configuration."""
        m = re.match(r'^\s*(\w+)\s*', path)
        if not m:
            raise ValueError('Unable to convert %r' % path)
        current = self.config[m.group(1)]
        rest = path[m.end():]
        while rest:
            m = re.match(r'^\.\s*(\w+)\s*', rest) or re.match(r'^\[\s*(\w+)\s*\]\s*', rest)
            if not m:
                raise ValueError('Unable to convert %r at %r' % (path, rest))
            key = m.group(1)
            try:
                current = current[key]
            except (KeyError, TypeError):
                current = current[int(key)]
            rest = rest[m.end():]
        return self.convert(current)

    def configure_custom(self, config):
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        props = config.pop('.', None)
        kwargs = {k: self.convert(v) for k, v in config.items() if valid_ident(k)}
        result = factory(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    # ---- the parts ----------------------------------------------------------------------------

    def configure_formatter(self, config):
        config = dict(config)
        if '()' in config:
            return self.configure_custom(config)
        fmt = config.get('format')
        datefmt = config.get('datefmt')
        style = config.get('style', '%')
        cls_name = config.get('class')
        cls = self.resolve(cls_name) if cls_name else logging.Formatter
        if 'validate' in config:
            return cls(fmt, datefmt, style, config['validate'])
        return cls(fmt, datefmt, style)

    def configure_filter(self, config):
        config = dict(config)
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, target, filters, formatters_filters):
        for name in filters:
            try:
                target.addFilter(formatters_filters[name])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % name) from e

    def configure_handler(self, config, formatters, filters):
        config = dict(config)
        formatter = config.pop('formatter', None)
        level = config.pop('level', None)
        filter_names = config.pop('filters', None)
        if '()' in config:
            handler = self.configure_custom(config)
        else:
            cls = config.pop('class')
            if not callable(cls):
                cls = self.resolve(cls)
            props = config.pop('.', None)
            kwargs = {k: self.convert(v) for k, v in config.items() if valid_ident(k)}
            if 'target' in kwargs and isinstance(kwargs['target'], str):
                kwargs['target'] = self._handlers[kwargs['target']]
            handler = cls(**kwargs)
            if props:
                for name, value in props.items():
                    setattr(handler, name, value)
        if formatter:
            try:
                handler.setFormatter(formatters[formatter])
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        if level is not None:
            handler.setLevel(logging._checkLevel(level))
        if filter_names:
            self.add_filters(handler, filter_names, filters)
        return handler

    def common_logger_config(self, logger, config, incremental):
        level = config.get('level')
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if incremental:
            return
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        for name in config.get('handlers', []):
            try:
                logger.addHandler(self._handlers[name])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % name) from e
        if config.get('filters'):
            self.add_filters(logger, config['filters'], self._filters)

    # ---- the whole ------------------------------------------------------------------------------

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError('Unsupported version: %s' % config['version'])
        incremental = config.pop('incremental', False)
        with _lock():
            if incremental:
                self._configure_incremental(config)
            else:
                self._configure_full(config)

    def _configure_incremental(self, config):
        for name, hconfig in config.get('handlers', {}).items():
            handler = logging._handlers.get(name)
            if handler is None:
                raise ValueError('No handler found with name %r' % name)
            if hconfig.get('level') is not None:
                handler.setLevel(logging._checkLevel(hconfig['level']))
        for name, lconfig in config.get('loggers', {}).items():
            logger = logging.getLogger(name)
            self.common_logger_config(logger, lconfig, True)
            if 'propagate' in lconfig:
                logger.propagate = lconfig['propagate']
        if config.get('root'):
            self.common_logger_config(logging.root, config['root'], True)

    def _configure_full(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        formatters = {}
        for name, fconfig in config.get('formatters', {}).items():
            try:
                formatters[name] = self.configure_formatter(fconfig)
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        self._filters = {}
        for name, fconfig in config.get('filters', {}).items():
            try:
                self._filters[name] = self.configure_filter(fconfig)
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e
        self._handlers = {}
        handlers = config.get('handlers', {})
        pending = sorted(handlers)
        # a handler whose 'target' is another handler waits until that one exists
        while pending:
            deferred = []
            for name in pending:
                target = handlers[name].get('target')
                if isinstance(target, str) and target in handlers and target not in self._handlers:
                    deferred.append(name)
                    continue
                try:
                    handler = self.configure_handler(handlers[name], formatters, self._filters)
                    handler.name = name
                    self._handlers[name] = handler
                except Exception as e:
                    raise ValueError('Unable to configure handler %r' % name) from e
            if len(deferred) == len(pending):
                raise ValueError('Unable to configure handler %r' % deferred[0])
            pending = deferred
        existing = sorted(logging.root.manager.loggerDict)
        kept_children = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                prefix = name + '.'
                kept_children.extend(n for n in existing[existing.index(name) + 1:] if n.startswith(prefix))
                existing.remove(name)
            try:
                logger = logging.getLogger(name)
                self.common_logger_config(logger, loggers[name], False)
                logger.disabled = False
                if loggers[name].get('propagate') is not None:
                    logger.propagate = loggers[name]['propagate']
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        for name in existing:
            logger = logging.root.manager.loggerDict[name]
            if not isinstance(logger, logging.Logger):
                continue
            if name in kept_children:
                logger.level = logging.NOTSET
                logger.handlers = []
                logger.propagate = True
            else:
                logger.disabled = disable_existing
        root = config.get('root')
        if root:
            try:
                self.common_logger_config(logging.root, root, False)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e


def _lock():
    return logging._lock


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(config).configure()


# ---- fileConfig: the older, configparser-format configuration --------------------------------

def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Read the logging configuration from a ConfigParser-format file (a file name, a file
    object or a ConfigParser): sections [loggers], [handlers], [formatters] list the keys of
    [logger_<key>], [handler_<key>] and [formatter_<key>] sections."""
    import configparser
    import os
    if isinstance(fname, str):
        if not os.path.exists(fname):
            raise FileNotFoundError(f"{fname} doesn't exist")
        elif not os.path.getsize(fname):
            raise RuntimeError(f'{fname} is an empty file')
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        try:
            cp = configparser.ConfigParser(defaults)
            if hasattr(fname, 'readline'):
                cp.read_file(fname)
            else:
                cp.read(fname, encoding=encoding or 'locale')
        except configparser.ParsingError as e:
            raise RuntimeError(f'{fname} is invalid: {e}')
    formatters = _file_formatters(cp)
    with _lock():
        _clear_handlers()
        handlers = _file_handlers(cp, formatters)
        _file_loggers(cp, handlers, disable_existing_loggers)


def _keys(value):
    return [k.strip() for k in value.split(",")]


def _file_formatters(cp):
    names = cp["formatters"]["keys"]
    if not len(names):
        return {}
    formatters = {}
    for form in _keys(names):
        section = "formatter_%s" % form
        fmt = cp.get(section, "format", raw=True, fallback=None)
        datefmt = cp.get(section, "datefmt", raw=True, fallback=None)
        style = cp.get(section, "style", raw=True, fallback='%')
        klass = logging.Formatter
        class_name = cp[section].get("class")
        if class_name:
            klass = _resolve(class_name)
        formatters[form] = klass(fmt, datefmt, style)
    return formatters


def _file_handlers(cp, formatters):
    names = cp["handlers"]["keys"]
    if not len(names):
        return {}
    import logging.handlers
    handlers = {}
    targets = []  # a MemoryHandler's target may come later in the list
    for hand in _keys(names):
        section = cp["handler_%s" % hand]
        klass = section["class"]
        fmt = section.get("formatter", "")
        try:
            klass = eval(klass, vars(logging))
        except (AttributeError, NameError):
            klass = _resolve(klass)
        args = eval(section.get("args", '()'), vars(logging))
        kwargs = eval(section.get("kwargs", '{}'), vars(logging))
        h = klass(*args, **kwargs)
        h.name = hand
        if "level" in section:
            h.setLevel(section["level"])
        if len(fmt):
            h.setFormatter(formatters[fmt])
        if issubclass(klass, logging.handlers.MemoryHandler):
            target = section.get("target", "")
            if len(target):
                targets.append((h, target))
        handlers[hand] = h
    for h, t in targets:
        h.setTarget(handlers[t])
    return handlers


def _file_loggers(cp, handlers, disable_existing):
    names = _keys(cp["loggers"]["keys"])
    names.remove("root")
    root = logging.root
    section = cp["logger_root"]
    if "level" in section:
        root.setLevel(section["level"])
    for h in root.handlers[:]:
        root.removeHandler(h)
    if len(section["handlers"]):
        for hand in _keys(section["handlers"]):
            root.addHandler(handlers[hand])
    existing = sorted(root.manager.loggerDict)
    kept_children = []
    for name in names:
        section = cp["logger_%s" % name]
        qualname = section["qualname"]
        propagate = section.getint("propagate", fallback=1)
        logger = logging.getLogger(qualname)
        if qualname in existing:
            prefix = qualname + "."
            kept_children.extend(n for n in existing[existing.index(qualname) + 1:] if n.startswith(prefix))
            existing.remove(qualname)
        if "level" in section:
            logger.setLevel(section["level"])
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        logger.propagate = propagate
        logger.disabled = 0
        if len(section["handlers"]):
            for hand in _keys(section["handlers"]):
                logger.addHandler(handlers[hand])
    for name in existing:
        logger = root.manager.loggerDict[name]
        if name in kept_children:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


def _clear_handlers():
    # Compare CPython _clearExistingHandlers: the old handlers are flushed and closed
    handlers = getattr(logging, '_handlers', None)
    handler_list = getattr(logging, '_handlerList', None)
    if handlers is not None:
        handlers.clear()
    if handler_list is not None:
        logging.shutdown(handler_list[:])
        del handler_list[:]
