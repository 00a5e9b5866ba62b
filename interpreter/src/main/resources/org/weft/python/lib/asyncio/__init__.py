"""asyncio: cooperative concurrency with an event loop, coroutines and tasks.

Weft's asyncio follows CPython 3.11's public API for loops, futures, tasks,
synchronization, queues, timeouts and task groups.  The loop has no selector:
network streams (open_connection, start_server), the loop's socket methods and its
protocol-based create_connection/create_server/create_datagram_endpoint read their
sockets in threads that feed the loop; subprocesses and their pipe streams work.
"""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .runners import *
from .queues import *
from .streams import *
from .socket_streams import *
from .protocols import *
from .transports import *
from .subprocess import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *
from .unix_events import *

from .events import _get_running_loop, _set_running_loop
from .tasks import _enter_task, _leave_task, _register_task, _unregister_task

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           runners.__all__ +
           queues.__all__ +
           streams.__all__ +
           socket_streams.__all__ +
           protocols.__all__ +
           transports.__all__ +
           subprocess.__all__ +
           tasks.__all__ +
           threads.__all__ +
           timeouts.__all__ +
           unix_events.__all__ +
           ('_get_running_loop', '_set_running_loop', '_register_task',
            '_unregister_task', '_enter_task', '_leave_task'))
# CPython 3.11 leaves TaskGroup out of __all__ too (asyncio.TaskGroup itself exists).
