"""Managers: a server process owns shared objects, and other processes use them through proxies.

The protocol is CPython 3.11's. Every request is a pickled tuple (ident, methodname, args, kwds) answered
by a pickled (kind, result): '#RETURN' carries a value, '#PROXY' (exposed, token) a new shared object,
'#ERROR' an exception raised by the method, and '#TRACEBACK' / '#UNSERIALIZABLE' a failure of the
server itself (raised in the caller as RemoteError). A new connection is authenticated with the
manager's authkey and starts with one request to the server ('create', 'incref', 'accept_connection',
...); after 'accept_connection' the connection carries method calls on shared objects, served by a
thread of its own in the server (each thread of a client has its own connection).

Each shared object is counted: proxies incref it when they are made and decref it when they are collected
or their process exits (util.Finalize), and the server drops it at zero.
"""

import io
import sys
import time
import types
import array
import queue
import pickle
import copyreg
import threading
import collections
from traceback import format_exc

from multiprocessing import connection, pool, process, spawn, util
from multiprocessing.context import ProcessError, _default_context

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token']


# Dict views are sent as lists (as CPython's manager connections do), so d.keys() works on a proxy.
def rebuild_as_list(obj):
    return list, (list(obj),)


_view_reducers = {type(view): rebuild_as_list for view in ({}.keys(), {}.values(), {}.items())}


class _Pickler(pickle.Pickler):
    dispatch_table = collections.ChainMap(_view_reducers, copyreg.dispatch_table)


def _send(conn, obj):
    buf = io.BytesIO()
    _Pickler(buf).dump(obj)
    conn.send_bytes(buf.getvalue())


class Token:
    """Names a shared object: its type id, the address of its manager, and its id in that manager."""

    __slots__ = ('typeid', 'address', 'id')

    def __init__(self, typeid, address, id):
        self.typeid = typeid
        self.address = address
        self.id = id

    def __reduce__(self):
        return (Token, (self.typeid, self.address, self.id))

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % (self.__class__.__name__, self.typeid, self.address, self.id)


def dispatch(c, id, methodname, args=(), kwds={}):
    """Sends one request on connection c and returns its result (or raises its error)."""
    _send(c, (id, methodname, args, kwds))
    kind, result = c.recv()
    if kind == '#RETURN':
        return result
    raise convert_to_error(kind, result)


def convert_to_error(kind, result):
    if kind == '#ERROR':
        return result
    if kind in ('#TRACEBACK', '#UNSERIALIZABLE'):
        if not isinstance(result, str):
            raise TypeError("Result {0!r} (kind '{1}') type is {2}, not str".format(result, kind, type(result)))
        if kind == '#UNSERIALIZABLE':
            return RemoteError('Unserializable message: %s\n' % result)
        return RemoteError(result)
    return ValueError('Unrecognized message type {!r}'.format(kind))


class RemoteError(Exception):
    """A failure of the manager's server (not of the method called); its argument is the server's traceback."""

    def __str__(self):
        return '\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75


def all_methods(obj):
    return [name for name in dir(obj) if callable(getattr(obj, name, None))]


def public_methods(obj):
    return [name for name in all_methods(obj) if name[0] != '_']


listener_client = {'pickle': (connection.Listener, connection.Client)}


class Server:
    """The manager's server: accepts connections and runs the requests on the objects it owns."""

    public = ['shutdown', 'create', 'accept_connection', 'get_methods', 'debug_info', 'number_of_objects',
              'dummy', 'incref', 'decref']

    # These send their reply themselves: shutdown must answer before the server stops, and
    # accept_connection answers and then serves the connection until the client closes it.
    _self_replying = frozenset({'shutdown', 'accept_connection'})

    def __init__(self, registry, address, authkey, serializer):
        if not isinstance(authkey, bytes):
            raise TypeError("Authkey {0!r} is type {1!s}, not bytes".format(authkey, type(authkey)))
        self.registry = registry
        self.authkey = process.AuthenticationString(authkey)
        listener_type, _ = listener_client[serializer]
        self.listener = listener_type(address=address, backlog=16)
        self.address = self.listener.address
        # ident -> (obj, exposed names, method_to_typeid); '0' stands for "no object" in requests.
        self.id_to_obj = {'0': (None, ())}
        self.id_to_refcount = {}
        # Objects that proxies held inside other shared objects refer to: kept while those proxies live.
        self.id_to_local_proxy_obj = {}
        self.mutex = threading.Lock()
        self.stop_event = threading.Event()

    def serve_forever(self):
        """Serves until a client asks for shutdown, then exits the process (as CPython's server does)."""
        process.current_process()._manager_server = self
        try:
            accepter = threading.Thread(target=self.accepter, daemon=True)
            accepter.start()
            try:
                while not self.stop_event.is_set():
                    self.stop_event.wait(1)
            except (KeyboardInterrupt, SystemExit):
                pass
        finally:
            sys.exit(0)

    def accepter(self):
        while True:
            try:
                c = self.listener.accept()
            except OSError:
                if self.stop_event.is_set():
                    return
                continue
            threading.Thread(target=self.handle_request, args=(c,), daemon=True).start()

    def handle_request(self, c):
        try:
            self._handle_request(c)
        finally:
            c.close()

    def _handle_request(self, c):
        funcname = None
        try:
            connection.deliver_challenge(c, self.authkey)
            connection.answer_challenge(c, self.authkey)
            ignore, funcname, args, kwds = c.recv()
            assert funcname in self.public, '%r unrecognized' % funcname
            func = getattr(self, funcname)
        except Exception:
            msg = ('#TRACEBACK', format_exc())
        else:
            try:
                result = func(c, *args, **kwds)
            except Exception:
                msg = ('#TRACEBACK', format_exc())
            else:
                if funcname in self._self_replying:
                    return
                msg = ('#RETURN', result)
        try:
            _send(c, msg)
        except Exception:
            try:
                _send(c, ('#TRACEBACK', format_exc()))
            except Exception:
                pass

    def serve_client(self, conn):
        """Runs the method calls arriving on conn until the client closes it."""
        while not self.stop_event.is_set():
            try:
                request = conn.recv_bytes()
            except (EOFError, OSError):
                return
            ident = methodname = obj = None
            try:
                ident, methodname, args, kwds = pickle.loads(request)
                try:
                    obj, exposed, gettypeid = self.id_to_obj[ident]
                except KeyError:
                    obj, exposed, gettypeid = self.id_to_local_proxy_obj[ident]
                if methodname not in exposed:
                    raise AttributeError('method %r of %r object is not in exposed=%r'
                                         % (methodname, type(obj), exposed))
                function = getattr(obj, methodname)
                try:
                    res = function(*args, **kwds)
                except Exception as e:
                    msg = ('#ERROR', e)
                else:
                    typeid = gettypeid and gettypeid.get(methodname, None)
                    if typeid:
                        rident, rexposed = self.create(conn, typeid, res)
                        msg = ('#PROXY', (rexposed, Token(typeid, self.address, rident)))
                    else:
                        msg = ('#RETURN', res)
            except AttributeError:
                # Methods every proxy may call although they are not exposed ('#GETVALUE', __str__, __repr__);
                # for any other name the traceback ends with the KeyError of this lookup, as CPython's does.
                if methodname is None:
                    msg = ('#TRACEBACK', format_exc())
                else:
                    try:
                        fallback = self.fallback_mapping[methodname]
                        msg = ('#RETURN', fallback(self, conn, ident, obj, *args, **kwds))
                    except Exception:
                        msg = ('#TRACEBACK', format_exc())
            except Exception:
                msg = ('#TRACEBACK', format_exc())
            try:
                try:
                    _send(conn, msg)
                except Exception:
                    _send(conn, ('#UNSERIALIZABLE', format_exc()))
            except Exception:
                conn.close()
                return

    def fallback_getvalue(self, conn, ident, obj):
        return obj

    def fallback_str(self, conn, ident, obj):
        return str(obj)

    def fallback_repr(self, conn, ident, obj):
        return repr(obj)

    fallback_mapping = {
        '__str__': fallback_str,
        '__repr__': fallback_repr,
        '#GETVALUE': fallback_getvalue,
    }

    def dummy(self, c):
        pass

    def debug_info(self, c):
        with self.mutex:
            lines = []
            for ident in sorted(self.id_to_refcount):
                if ident != '0':
                    lines.append('  %s:       refcount=%s\n    %s'
                                 % (ident, self.id_to_refcount[ident], str(self.id_to_obj[ident][0])[:75]))
            return '\n'.join(lines)

    def number_of_objects(self, c):
        return len(self.id_to_refcount)

    def shutdown(self, c):
        try:
            _send(c, ('#RETURN', None))
        finally:
            self.stop_event.set()

    def create(self, c, typeid, /, *args, **kwds):
        """Makes a new shared object of a registered type; returns its ident and exposed method names."""
        callable, exposed, method_to_typeid, proxytype = self.registry[typeid]
        if callable is None:
            if kwds or len(args) != 1:
                raise ValueError("Without callable, must have one non-keyword argument")
            obj = args[0]
        else:
            obj = callable(*args, **kwds)
        if exposed is None:
            exposed = public_methods(obj)
        if method_to_typeid is not None:
            if not isinstance(method_to_typeid, dict):
                raise TypeError("Method_to_typeid {0!r}: type {1!s}, not dict".format(
                    method_to_typeid, type(method_to_typeid)))
            exposed = list(exposed) + list(method_to_typeid)
        ident = '%x' % id(obj)
        with self.mutex:
            self.id_to_obj[ident] = (obj, set(exposed), method_to_typeid)
            if ident not in self.id_to_refcount:
                self.id_to_refcount[ident] = 0
        self.incref(c, ident)
        return ident, tuple(exposed)

    def get_methods(self, c, token):
        return tuple(self.id_to_obj[token.id][1])

    def accept_connection(self, c, name):
        threading.current_thread().name = name
        _send(c, ('#RETURN', None))
        self.serve_client(c)

    def incref(self, c, ident):
        with self.mutex:
            if ident in self.id_to_refcount:
                self.id_to_refcount[ident] += 1
            elif ident in self.id_to_local_proxy_obj:
                # A proxy kept inside another shared object was sent to a client: its referent comes back.
                self.id_to_refcount[ident] = 1
                self.id_to_obj[ident] = self.id_to_local_proxy_obj[ident]
            else:
                raise KeyError(ident)

    def decref(self, c, ident):
        if ident not in self.id_to_refcount and ident in self.id_to_local_proxy_obj:
            return
        with self.mutex:
            count = self.id_to_refcount[ident]
            if count <= 0:
                raise AssertionError("Id {0!s} ({1!r}) has refcount {2:n}, not 1+".format(
                    ident, self.id_to_obj[ident], count))
            if count == 1:
                del self.id_to_refcount[ident]
                del self.id_to_obj[ident]
            else:
                self.id_to_refcount[ident] = count - 1


class State:
    __slots__ = ['value']
    INITIAL = 0
    STARTED = 1
    SHUTDOWN = 2


class BaseManager:
    """Starts (or connects to) a server process holding shared objects of the registered types."""

    _registry = {}
    _Server = Server

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *, shutdown_timeout=1.0):
        if authkey is None:
            authkey = process.current_process().authkey
        self._address = address
        self._authkey = process.AuthenticationString(authkey)
        self._state = State()
        self._state.value = State.INITIAL
        self._serializer = serializer
        self._Listener, self._Client = listener_client[serializer]
        self._ctx = ctx or _default_context.get_context()
        self._shutdown_timeout = shutdown_timeout

    def get_server(self):
        """A Server for this manager, to run in the current process with serve_forever()."""
        if self._state.value != State.INITIAL:
            if self._state.value == State.STARTED:
                raise ProcessError("Already started server")
            elif self._state.value == State.SHUTDOWN:
                raise ProcessError("Manager has shut down")
            else:
                raise ProcessError("Unknown state {!r}".format(self._state.value))
        return self._Server(self._registry, self._address, self._authkey, self._serializer)

    def connect(self):
        """Connects to a manager server already running at self.address."""
        conn = self._Client(self._address, authkey=self._authkey)
        try:
            dispatch(conn, None, 'dummy')
        finally:
            conn.close()
        self._state.value = State.STARTED

    def start(self, initializer=None, initargs=()):
        """Spawns the server process; its address is known when this returns."""
        if self._state.value != State.INITIAL:
            if self._state.value == State.STARTED:
                raise ProcessError("Already started server")
            elif self._state.value == State.SHUTDOWN:
                raise ProcessError("Manager has shut down")
            else:
                raise ProcessError("Unknown state {!r}".format(self._state.value))
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        reader, writer = connection.Pipe(duplex=False)
        self._process = self._ctx.Process(
            target=type(self)._run_server,
            args=(self._registry, self._address, self._authkey, self._serializer, writer, initializer, initargs))
        ident = ':'.join(str(i) for i in self._process._identity)
        self._process.name = type(self).__name__ + '-' + ident
        self._process.start()
        writer.close()
        self._address = reader.recv()
        reader.close()
        self._state.value = State.STARTED
        # Shuts the server down when the manager is collected or, before children are joined, at exit.
        self.shutdown = util.Finalize(
            self, type(self)._finalize_manager,
            args=(self._process, self._address, self._authkey, self._state, self._Client, self._shutdown_timeout),
            exitpriority=0)

    @classmethod
    def _run_server(cls, registry, address, authkey, serializer, writer, initializer=None, initargs=()):
        # Ctrl-C goes to the whole process group: the parent decides when the server stops.
        import signal
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if initializer is not None:
            initializer(*initargs)
        server = cls._Server(registry, address, authkey, serializer)
        writer.send(server.address)
        writer.close()
        server.serve_forever()

    def _create(self, typeid, /, *args, **kwds):
        conn = self._Client(self._address, authkey=self._authkey)
        try:
            id, exposed = dispatch(conn, None, 'create', (typeid,) + args, kwds)
        finally:
            conn.close()
        return Token(typeid, self._address, id), exposed

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)
            if not self._process.is_alive():
                self._process = None

    def _debug_info(self):
        conn = self._Client(self._address, authkey=self._authkey)
        try:
            return dispatch(conn, None, 'debug_info')
        finally:
            conn.close()

    def _number_of_objects(self):
        conn = self._Client(self._address, authkey=self._authkey)
        try:
            return dispatch(conn, None, 'number_of_objects')
        finally:
            conn.close()

    def __enter__(self):
        if self._state.value == State.INITIAL:
            self.start()
        if self._state.value != State.STARTED:
            raise ProcessError("Unable to start server")
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @staticmethod
    def _finalize_manager(process, address, authkey, state, _Client, shutdown_timeout):
        """Asks the server to stop, then terminates (and at last kills) it if it does not."""
        if process.is_alive():
            try:
                conn = _Client(address, authkey=authkey)
                try:
                    dispatch(conn, None, 'shutdown')
                finally:
                    conn.close()
            except Exception:
                pass
            process.join(timeout=shutdown_timeout)
            if process.is_alive():
                process.terminate()
                process.join(timeout=shutdown_timeout)
                if process.is_alive():
                    process.kill()
                    process.join()
        state.value = State.SHUTDOWN
        with BaseProxy._mutex:
            BaseProxy._address_to_local.pop(address, None)

    @property
    def address(self):
        return self._address

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None,
                 create_method=True):
        """Registers a type of shared object; with create_method, cls.<typeid>(...) makes one."""
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = AutoProxy
        exposed = exposed or getattr(proxytype, '_exposed_', None)
        method_to_typeid = method_to_typeid or getattr(proxytype, '_method_to_typeid_', None)
        if method_to_typeid:
            for key, value in list(method_to_typeid.items()):
                assert type(key) is str, '%r is not a string' % key
                assert type(value) is str, '%r is not a string' % value
        cls._registry[typeid] = (callable, exposed, method_to_typeid, proxytype)
        if create_method:
            def create(self, /, *args, **kwds):
                token, exp = self._create(typeid, *args, **kwds)
                proxy = proxytype(token, self._serializer, manager=self, authkey=self._authkey, exposed=exp)
                # The server counted one reference at creation; the proxy now holds its own.
                conn = self._Client(token.address, authkey=self._authkey)
                try:
                    dispatch(conn, None, 'decref', (token.id,))
                finally:
                    conn.close()
                return proxy
            create.__name__ = typeid
            create.__qualname__ = cls.__qualname__ + '.' + typeid
            setattr(cls, typeid, create)


class BaseProxy:
    """Refers to an object in a manager's server; method calls travel over a per-thread connection."""

    # address -> (thread-local holding each thread's connection, idents this process holds references to)
    _address_to_local = {}
    _mutex = threading.Lock()

    def __init__(self, token, serializer, manager=None, authkey=None, exposed=None, incref=True,
                 manager_owned=False):
        with BaseProxy._mutex:
            tls_idset = BaseProxy._address_to_local.get(token.address)
            if tls_idset is None:
                tls_idset = (threading.local(), set())
                BaseProxy._address_to_local[token.address] = tls_idset
        self._tls, self._idset = tls_idset
        self._token = token
        self._id = token.id
        self._manager = manager
        self._serializer = serializer
        self._Client = listener_client[serializer][1]
        # A proxy living inside the manager's own server holds no reference of its own.
        self._owned_by_manager = manager_owned
        if authkey is not None:
            self._authkey = process.AuthenticationString(authkey)
        elif manager is not None:
            self._authkey = manager._authkey
        else:
            self._authkey = process.current_process().authkey
        if incref:
            self._incref()

    def _connect(self):
        name = process.current_process().name
        if threading.current_thread().name != 'MainThread':
            name += '|' + threading.current_thread().name
        conn = self._Client(self._token.address, authkey=self._authkey)
        dispatch(conn, None, 'accept_connection', (name,))
        self._tls.connection = conn

    def _callmethod(self, methodname, args=(), kwds={}):
        """Calls methodname(*args, **kwds) on the referent in the server and returns its result."""
        try:
            conn = self._tls.connection
        except AttributeError:
            self._connect()
            conn = self._tls.connection
        _send(conn, (self._id, methodname, args, kwds))
        kind, result = conn.recv()
        if kind == '#RETURN':
            return result
        if kind == '#PROXY':
            exposed, token = result
            # CPython needs the manager here and fails in a child process (which has none); a child uses
            # SyncManager's types, which are the ones methods of its proxies return.
            registry = self._manager._registry if self._manager is not None else SyncManager._registry
            proxytype = registry[token.typeid][-1] if token.typeid in registry else AutoProxy
            token.address = self._token.address
            proxy = proxytype(token, self._serializer, manager=self._manager, authkey=self._authkey,
                              exposed=exposed)
            conn = self._Client(token.address, authkey=self._authkey)
            try:
                dispatch(conn, None, 'decref', (token.id,))
            finally:
                conn.close()
            return proxy
        raise convert_to_error(kind, result)

    def _getvalue(self):
        """A copy of the referent."""
        return self._callmethod('#GETVALUE')

    def _incref(self):
        if self._owned_by_manager:
            return
        conn = self._Client(self._token.address, authkey=self._authkey)
        try:
            dispatch(conn, None, 'incref', (self._id,))
        finally:
            conn.close()
        self._idset.add(self._id)
        state = self._manager and self._manager._state
        self._close = util.Finalize(
            self, BaseProxy._decref,
            args=(self._token, self._authkey, state, self._tls, self._idset, self._Client),
            exitpriority=10)

    @staticmethod
    def _decref(token, authkey, state, tls, idset, _Client):
        idset.discard(token.id)
        # Once the manager has shut down there is no one left to tell.
        if state is None or state.value == State.STARTED:
            try:
                conn = _Client(token.address, authkey=authkey)
                try:
                    dispatch(conn, None, 'decref', (token.id,))
                finally:
                    conn.close()
            except Exception:
                pass
        if not idset and hasattr(tls, 'connection'):
            tls.connection.close()
            del tls.connection

    def __reduce__(self):
        kwds = {}
        # A child started by this process gets the authkey; any other receiver must already know it.
        if spawn.is_spawning():
            kwds['authkey'] = self._authkey
        if getattr(self, '_isauto', False):
            kwds['exposed'] = self._exposed_
            return (RebuildProxy, (AutoProxy, self._token, self._serializer, kwds))
        return (RebuildProxy, (type(self), self._token, self._serializer, kwds))

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def RebuildProxy(func, token, serializer, kwds):
    """Unpickles a proxy; inside the server that owns its referent, the proxy keeps the referent alive."""
    server = getattr(process.current_process(), '_manager_server', None)
    if server and server.address == token.address:
        kwds['manager_owned'] = True
        if token.id not in server.id_to_local_proxy_obj:
            server.id_to_local_proxy_obj[token.id] = server.id_to_obj[token.id]
    incref = kwds.pop('incref', True) and not getattr(process.current_process(), '_inheriting', False)
    return func(token, serializer, incref=incref, **kwds)


def _make_forwarder(name):
    def forward(self, /, *args, **kwds):
        return self._callmethod(name, args, kwds)
    forward.__name__ = forward.__qualname__ = name
    return forward


def MakeProxyType(name, exposed, _cache={}):
    """A BaseProxy subclass whose methods named in exposed forward to the referent."""
    exposed = tuple(exposed)
    try:
        return _cache[(name, exposed)]
    except KeyError:
        pass
    namespace = {meth: _make_forwarder(meth) for meth in exposed}
    namespace['__module__'] = __name__
    proxy_type = type(name, (BaseProxy,), namespace)
    proxy_type._exposed_ = exposed
    _cache[(name, exposed)] = proxy_type
    return proxy_type


def AutoProxy(token, serializer, manager=None, authkey=None, exposed=None, incref=True, manager_owned=False):
    """A proxy whose methods are the referent's public ones (asked from the server when not given)."""
    _Client = listener_client[serializer][1]
    if exposed is None:
        conn = _Client(token.address, authkey=authkey)
        try:
            exposed = dispatch(conn, None, 'get_methods', (token,))
        finally:
            conn.close()
    if authkey is None and manager is not None:
        authkey = manager._authkey
    if authkey is None:
        authkey = process.current_process().authkey
    proxy_type = MakeProxyType('AutoProxy[%s]' % token.typeid, exposed)
    proxy = proxy_type(token, serializer, manager=manager, authkey=authkey, incref=incref,
                       manager_owned=manager_owned)
    proxy._isauto = True
    return proxy


# Types SyncManager shares

class Namespace:
    """A bag of attributes (what SyncManager.Namespace() shares)."""

    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        shown = sorted('%s=%r' % (name, value) for name, value in list(self.__dict__.items())
                       if not name.startswith('_'))
        return '%s(%s)' % (self.__class__.__name__, ', '.join(shown))


class Value:
    """A value with a typecode; unlike multiprocessing.Value it is not in shared memory, nor locked."""

    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


def Array(typecode, sequence, lock=True):
    return array.array(typecode, sequence)


# Proxy types

class IteratorProxy(BaseProxy):
    _exposed_ = ('__next__', 'send', 'throw', 'close')

    def __iter__(self):
        return self

    def __next__(self, *args):
        return self._callmethod('__next__', args)

    def send(self, *args):
        return self._callmethod('send', args)

    def throw(self, *args):
        return self._callmethod('throw', args)

    def close(self, *args):
        return self._callmethod('close', args)


class AcquirerProxy(BaseProxy):
    _exposed_ = ('acquire', 'release')

    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        return self._callmethod('release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    _exposed_ = ('acquire', 'release', 'wait', 'notify', 'notify_all')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def notify(self, n=1):
        return self._callmethod('notify', (n,))

    def notify_all(self):
        return self._callmethod('notify_all')

    def wait_for(self, predicate, timeout=None):
        # Runs here, not in the server: the predicate usually reads other proxies.
        result = predicate()
        if result:
            return result
        endtime = None if timeout is None else time.monotonic() + timeout
        waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class EventProxy(BaseProxy):
    _exposed_ = ('is_set', 'set', 'clear', 'wait')

    def is_set(self):
        return self._callmethod('is_set')

    def set(self):
        return self._callmethod('set')

    def clear(self):
        return self._callmethod('clear')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))


class BarrierProxy(BaseProxy):
    _exposed_ = ('__getattribute__', 'wait', 'abort', 'reset')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def abort(self):
        return self._callmethod('abort')

    def reset(self):
        return self._callmethod('reset')

    @property
    def parties(self):
        return self._callmethod('__getattribute__', ('parties',))

    @property
    def n_waiting(self):
        return self._callmethod('__getattribute__', ('n_waiting',))

    @property
    def broken(self):
        return self._callmethod('__getattribute__', ('broken',))


class NamespaceProxy(BaseProxy):
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    # Names starting with '_' are the proxy's own; all others live in the referent.
    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return object.__getattribute__(self, '_callmethod')('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return object.__getattribute__(self, '_callmethod')('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return object.__getattribute__(self, '_callmethod')('__delattr__', (key,))


class ValueProxy(BaseProxy):
    _exposed_ = ('get', 'set')

    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)

    __class_getitem__ = classmethod(types.GenericAlias)


BaseListProxy = MakeProxyType('BaseListProxy', (
    '__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__', '__reversed__', '__rmul__',
    '__setitem__', 'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort',
    '__imul__'))


class ListProxy(BaseListProxy):
    # In-place operators change the referent and keep this proxy (the server's return value is not a proxy).
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self


DictProxy = MakeProxyType('DictProxy', (
    '__contains__', '__delitem__', '__getitem__', '__iter__', '__len__', '__setitem__', 'clear', 'copy', 'get',
    'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'))
DictProxy._method_to_typeid_ = {'__iter__': 'Iterator'}

ArrayProxy = MakeProxyType('ArrayProxy', ('__len__', '__getitem__', '__setitem__'))

BasePoolProxy = MakeProxyType('PoolProxy', (
    'apply', 'apply_async', 'close', 'imap', 'imap_unordered', 'join', 'map', 'map_async', 'starmap',
    'starmap_async', 'terminate'))
BasePoolProxy._method_to_typeid_ = {
    'apply_async': 'AsyncResult',
    'map_async': 'AsyncResult',
    'starmap_async': 'AsyncResult',
    'imap': 'Iterator',
    'imap_unordered': 'Iterator',
}


class PoolProxy(BasePoolProxy):
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class SyncManager(BaseManager):
    """The manager multiprocessing.Manager() starts: shared containers and synchronization primitives."""


SyncManager.register('Queue', queue.Queue)
SyncManager.register('JoinableQueue', queue.Queue)
SyncManager.register('Event', threading.Event, EventProxy)
SyncManager.register('Lock', threading.Lock, AcquirerProxy)
SyncManager.register('RLock', threading.RLock, AcquirerProxy)
SyncManager.register('Semaphore', threading.Semaphore, AcquirerProxy)
SyncManager.register('BoundedSemaphore', threading.BoundedSemaphore, AcquirerProxy)
SyncManager.register('Condition', threading.Condition, ConditionProxy)
SyncManager.register('Barrier', threading.Barrier, BarrierProxy)
SyncManager.register('Pool', pool.Pool, PoolProxy)
SyncManager.register('list', list, ListProxy)
SyncManager.register('dict', dict, DictProxy)
SyncManager.register('Value', Value, ValueProxy)
SyncManager.register('Array', Array, ArrayProxy)
SyncManager.register('Namespace', Namespace, NamespaceProxy)
# Types that methods of PoolProxy and DictProxy return.
SyncManager.register('Iterator', proxytype=IteratorProxy, create_method=False)
SyncManager.register('AsyncResult', create_method=False)
