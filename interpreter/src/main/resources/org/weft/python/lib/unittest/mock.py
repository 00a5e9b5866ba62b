"""Mock objects for tests (unittest.mock): Mock, MagicMock, patch, call, ANY, sentinel, ..."""

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'create_autospec',
    'AsyncMock', 'FILTER_DIR', 'NonCallableMock', 'NonCallableMagicMock', 'mock_open',
    'PropertyMock', 'seal',
)

from ._mock_call import ANY, DEFAULT, call, sentinel, _Call, _CallList
from ._mock_base import CallableMixin, Mock, NonCallableMock
from ._mock_magic import (AsyncMock, MagicMixin, MagicMock, NonCallableMagicMock, PropertyMock,
                          create_autospec, mock_open)
from ._mock_patch import patch

FILTER_DIR = True

for _cls in (Mock, NonCallableMock, CallableMixin, MagicMock, MagicMixin, NonCallableMagicMock,
             PropertyMock, AsyncMock, _Call, _CallList):
    _cls.__module__ = __name__
del _cls


def seal(mock):
    """Stop mock and its children from making new attributes: asking for one raises."""
    mock.__dict__['_mock_sealed'] = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(m, NonCallableMock):
            continue
        if m._mock_new_parent is mock:
            seal(m)
