"""Samovar's Python runtime for Pyodide: calls a Java module's typed exports (docs/abi.md, ABI 1).

Every generated package ships a copy of this file as ``<package>/_samovar.py`` beside
``_samovar_runtime.js`` (the JS runtime: WASI, output, workers) and ``<module>.wasm``. The generated
``__init__.py`` calls :func:`load` once, then declares each export with :meth:`Module.function` or
:meth:`Module.method`; this module checks and converts the Python arguments (all of them before
the first call into the module), writes buffers into linear memory, calls the shim, reads the
result and turns Java exceptions into :class:`JavaError` subclasses.
"""

from __future__ import annotations

import array
import asyncio
import collections
import keyword
import operator
import os
import re
import struct
import sys

import js  # type: ignore[import-not-found]
from pyodide.code import run_js  # type: ignore[import-not-found]
from pyodide.ffi import JsException, create_proxy, to_js  # type: ignore[import-not-found]

ABI_VERSION = 1

# --------------------------------------------------------------------------------------- errors


class SamovarError(RuntimeError):
    """A failure of the module itself, not of the Java code: link, trap, dead or closed instance.

    ``kind`` is the runtime's name for it: link, trap, dead, exit, closed, worker, usage.
    """

    def __init__(self, message: str, kind: str = "error") -> None:
        super().__init__(message)
        self.kind = kind


class ModuleLinkError(SamovarError, ImportError):
    """The ``.wasm`` is corrupted, not a Samovar module, or built for another ABI or interface."""


class WasmTrap(SamovarError):
    """The wasm instance trapped (out of memory, stack overflow): it is dead, later calls fail."""


class InstanceDead(SamovarError):
    """A call on an instance that trapped or exited in an earlier call."""


class JavaError(Exception):
    """A Java exception thrown by an export.

    Attributes:
        java_class: the exception's Java class name, e.g. ``java.lang.IllegalArgumentException``
        java_message: its message, or None
        java_stack_trace: the Java stack trace as text
        java_superclasses: its superclass names up to ``java.lang.Throwable``
    """

    java_class = "java.lang.Throwable"

    def __init__(
        self,
        java_class: str | None = None,
        java_message: str | None = None,
        java_stack_trace: str = "",
        java_superclasses: tuple[str, ...] = (),
    ) -> None:
        if java_class is not None:
            self.java_class = java_class
        self.java_message = java_message
        self.java_stack_trace = java_stack_trace
        self.java_superclasses = tuple(java_superclasses)
        text = self.java_class if java_message is None else f"{self.java_class}: {java_message}"
        super().__init__(text)
        if java_stack_trace and hasattr(self, "add_note"):
            self.add_note("Java stack trace:\n" + java_stack_trace.rstrip())

    def __str__(self) -> str:
        return self.args[0] if self.args else self.java_class


class RuntimeException(JavaError):
    """java.lang.RuntimeException."""


class IllegalArgumentException(RuntimeException, ValueError):
    """java.lang.IllegalArgumentException (also a ValueError)."""


class NumberFormatException(IllegalArgumentException):
    """java.lang.NumberFormatException."""


class IllegalStateException(RuntimeException):
    """java.lang.IllegalStateException (also raised for a call on a closed handle)."""


class IndexOutOfBoundsException(RuntimeException, IndexError):
    """java.lang.IndexOutOfBoundsException (also an IndexError)."""


class ArrayIndexOutOfBoundsException(IndexOutOfBoundsException):
    """java.lang.ArrayIndexOutOfBoundsException."""


class StringIndexOutOfBoundsException(IndexOutOfBoundsException):
    """java.lang.StringIndexOutOfBoundsException."""


class ArithmeticException(RuntimeException, ArithmeticError):
    """java.lang.ArithmeticException (also an ArithmeticError)."""


class NullPointerException(RuntimeException):
    """java.lang.NullPointerException."""


class UnsupportedOperationException(RuntimeException, NotImplementedError):
    """java.lang.UnsupportedOperationException (also a NotImplementedError)."""


class IOException(JavaError, OSError):
    """java.io.IOException (also an OSError)."""

    def __init__(self, *args, **kwargs) -> None:  # OSError's own __init__ would reinterpret args
        JavaError.__init__(self, *args, **kwargs)


_KNOWN: dict[str, type[JavaError]] = {
    "java.lang.Throwable": JavaError,
    "java.lang.Exception": JavaError,
    "java.lang.Error": JavaError,
    "java.lang.RuntimeException": RuntimeException,
    "java.lang.IllegalArgumentException": IllegalArgumentException,
    "java.lang.NumberFormatException": NumberFormatException,
    "java.lang.IllegalStateException": IllegalStateException,
    "java.lang.IndexOutOfBoundsException": IndexOutOfBoundsException,
    "java.lang.ArrayIndexOutOfBoundsException": ArrayIndexOutOfBoundsException,
    "java.lang.StringIndexOutOfBoundsException": StringIndexOutOfBoundsException,
    "java.lang.ArithmeticException": ArithmeticException,
    "java.lang.NullPointerException": NullPointerException,
    "java.lang.UnsupportedOperationException": UnsupportedOperationException,
    "java.io.IOException": IOException,
}
_MADE: dict[str, type[JavaError]] = {}


def java_error_class(java_class: str, superclasses: tuple[str, ...] = ()) -> type[JavaError]:
    """The Python class for a Java exception class: a known one, or a subclass made (once) under
    the nearest known superclass, named after the Java class's simple name."""
    if java_class in _KNOWN:
        return _KNOWN[java_class]
    if java_class in _MADE:
        return _MADE[java_class]
    base: type[JavaError] = JavaError
    for s in superclasses:
        if s in _KNOWN:
            base = _KNOWN[s]
            break
    simple = java_class.rsplit(".", 1)[-1].rsplit("$", 1)[-1]
    cls = type(simple, (base,), {"__doc__": f"{java_class} (thrown by Java code).", "java_class": java_class})
    cls.__module__ = __name__
    _MADE[java_class] = cls
    return cls


def java_error(record: list[str | None]) -> JavaError:
    """The exception for an error record ``[class, message, stack trace, superclasses...]``."""
    java_class = record[0] or "java.lang.Throwable"
    supers = tuple(s for s in record[3:] if s)
    cls = java_error_class(java_class, supers)
    return cls(java_class, record[1], record[2] or "", supers)


# ----------------------------------------------------------------------------------- JS helpers

_HELPERS_JS = r"""
(() => {
  const view = (mem, addr, n) => new Uint8Array(mem.buffer, addr, n);
  return {
    view,
    array(mem, addr, lenOff, dataOff, width) {
      const n = new DataView(mem.buffer).getInt32(addr + lenOff, true);
      return new Uint8Array(mem.buffer, addr + dataOff, n * width);
    },
    // i64 parameters need BigInt; a float result of -0 would reach Python as the int 0
    // (Pyodide converts integral numbers to int), so it comes back as the string '-0'.
    adapt(fn, positions, floatResult) {
      const at = Array.from(positions);
      return (...a) => {
        for (const i of at) a[i] = BigInt(a[i]);
        const r = fn(...a);
        return floatResult && Object.is(r, -0) ? '-0' : r;
      };
    },
    bytes(n) { return new Uint8Array(n); },
    same(a, b) { return a === b; },
    options(o) { return Object.fromEntries(o); },
  };
})()
"""

_helpers = None


def _js():
    global _helpers
    if _helpers is None:
        _helpers = run_js(_HELPERS_JS)
    return _helpers


def _js_bytes(data) -> object:
    u8 = _js().bytes(len(data))
    if len(data):
        u8.assign(data)
    return u8


_KIND_CLASSES = {
    "link": ModuleLinkError,
    "trap": WasmTrap,
    "dead": InstanceDead,
}


def _from_js(e: BaseException) -> BaseException:
    """A Python exception for an error of the JS runtime (SamovarError with samovarKind)."""
    err = getattr(e, "js_error", e)
    kind = getattr(err, "samovarKind", None)
    if kind is None:
        return e
    message = str(getattr(err, "message", e))
    if kind == "timeout":
        return TimeoutError(message)
    if kind == "cancelled":
        return asyncio.CancelledError(message)
    if kind == "remote":
        remote = getattr(err, "remote", None)
        record = getattr(remote, "javaRecord", None) if remote is not None else None
        if record is not None:
            return java_error(list(record.to_py()))
    return _KIND_CLASSES.get(kind, SamovarError)(message, kind)


# ---------------------------------------------------------------------------------- conversion

_ARRAY_KINDS = {
    # kind: (array typecode, item size, allocation export suffix, buffer formats accepted)
    "byte[]": ("b", 1, "bytes", ("b", "B", "c")),
    "int[]": ("i", 4, "i32s", ("i", "l")),
    "long[]": ("q", 8, "i64s", ("q", "l")),
    "float[]": ("f", 4, "f32s", ("f",)),
    "double[]": ("d", 8, "f64s", ("d",)),
}
_INT_RANGE = {"int": 32, "Integer": 32, "long": 64, "Long": 64}
_BOXED = {"Boolean": "boolean", "Integer": "int", "Long": "long", "Float": "float", "Double": "double"}
_BOXED_READ = {"boolean": ("<?", 1), "int": ("<i", 4), "long": ("<q", 8), "float": ("<f", 4), "double": ("<d", 8)}
_SENTINEL = {
    "int": -(1 << 31),
    "long": -(1 << 63),
    "boolean": 2,
}


def _value(x):
    """None for JS null and undefined (Pyodide 314 keeps null as a JsNull object)."""
    return None if x is None or type(x).__name__ == "JsNull" else x


def _type_name(v) -> str:
    return type(v).__name__


class _Param:
    """How one parameter is checked and passed: ``convert`` runs before any call into the module."""

    __slots__ = ("name", "kind", "nullable", "where", "buffer", "alloc", "slots", "handle")

    def __init__(self, name: str, kind: str, nullable: bool, where: str) -> None:
        self.name = name
        self.kind = kind
        self.where = where
        self.nullable = nullable or kind in _BOXED
        self.buffer = kind in _ARRAY_KINDS or kind in ("String", "String[]")
        self.alloc = _ARRAY_KINDS[kind][2] if kind in _ARRAY_KINDS else "bytes"
        self.slots = 2 if kind in _BOXED else 1
        self.handle = kind[len("handle:") :] if kind.startswith("handle:") else None

    def _fail(self, expected: str, v) -> TypeError:
        return TypeError(
            f"{self.where}: parameter '{self.name}' must be {expected} (Java {self._java()}),"
            f" not {_type_name(v)}"
        )

    def _java(self) -> str:
        return self.handle or self.kind

    def convert(self, v, handles):
        if v is None:
            if not self.nullable:
                raise TypeError(
                    f"{self.where}: parameter '{self.name}' must not be None"
                    f" (Java {self._java()} is not @Nullable)"
                )
            return None
        kind = _BOXED.get(self.kind, self.kind)
        if kind == "boolean":
            if not isinstance(v, bool):
                raise self._fail("a bool", v)
            return 1 if v else 0
        if kind in ("int", "long"):
            if isinstance(v, bool):
                raise self._fail("an int", v)
            try:
                v = operator.index(v)
            except TypeError:
                raise self._fail("an int", v) from None
            bits = _INT_RANGE[kind]
            if not -(1 << (bits - 1)) <= v < (1 << (bits - 1)):
                raise OverflowError(
                    f"{self.where}: parameter '{self.name}' = {v} does not fit in a Java {kind}"
                    f" ({-(1 << (bits - 1))}..{(1 << (bits - 1)) - 1})"
                )
            return v
        if kind in ("float", "double"):
            if isinstance(v, (bool, str, bytes)) or not hasattr(type(v), "__float__"):
                raise self._fail("a float", v)
            return float(v)
        if kind == "String":
            if not isinstance(v, str):
                raise self._fail("a str", v)
            b = self._utf8(v, self.name)
            return (len(b), b)
        if kind == "String[]":
            if isinstance(v, (str, bytes)) or not hasattr(v, "__iter__"):
                raise self._fail("a list of str", v)
            out = [struct.pack("<I", 0)]
            n = 0
            for i, s in enumerate(v):
                if s is None:
                    out.append(struct.pack("<i", -1))
                elif isinstance(s, str):
                    b = self._utf8(s, f"{self.name}[{i}]")
                    out.append(struct.pack("<i", len(b)))
                    out.append(b)
                else:
                    raise TypeError(
                        f"{self.where}: parameter '{self.name}[{i}]' must be a str or None"
                        f" (Java String[] element), not {_type_name(s)}"
                    )
                n += 1
            out[0] = struct.pack("<I", n)
            data = b"".join(out)
            return (len(data), data)
        if kind in _ARRAY_KINDS:
            return self._array(v)
        if self.handle is not None:
            cls = handles.get(self.handle)
            if cls is None or not isinstance(v, cls):
                raise self._fail(f"a {self.handle}", v)
            return v._handle
        raise TypeError(f"{self.where}: unknown ABI type {self.kind!r}; regenerate the package")

    def _utf8(self, s: str, name: str) -> bytes:
        try:
            return s.encode("utf-8")
        except UnicodeEncodeError as e:
            raise UnicodeEncodeError(
                e.encoding,
                e.object,
                e.start,
                e.end,
                f"{self.where}: parameter '{name}' holds a lone surrogate at index {e.start};"
                " Java receives strict UTF-8 (encode it yourself, e.g. with 'surrogatepass',"
                " and pass bytes to a byte[] export)",
            ) from None

    def _array(self, v):
        code, size, _, formats = _ARRAY_KINDS[self.kind]
        if isinstance(v, str):
            raise self._fail("a buffer or a sequence of numbers", v)
        try:
            mv = memoryview(v)
        except TypeError:
            mv = None
        if mv is not None:
            fmt = mv.format.lstrip("@=<")
            if fmt not in formats or mv.itemsize != size:
                raise TypeError(
                    f"{self.where}: parameter '{self.name}' is a buffer of format {mv.format!r}"
                    f" (item size {mv.itemsize}); Java {self.kind} needs items of format"
                    f" {formats[0]!r} and size {size}, e.g. array.array({code!r}, ...)"
                )
            if not mv.c_contiguous:
                mv = memoryview(mv.tobytes())
            data = mv.cast("B") if mv.ndim != 1 or mv.format != "B" else mv
            return (len(data) // size, data)
        if not hasattr(v, "__iter__"):
            raise self._fail("a buffer or a sequence of numbers", v)
        try:
            if code == "b":
                items = list(v)
                try:
                    data = bytes(items)
                except ValueError:
                    data = array.array("b", items).tobytes()
            else:
                data = array.array(code, v).tobytes()
        except TypeError as e:
            raise TypeError(
                f"{self.where}: parameter '{self.name}' must hold only numbers for Java"
                f" {self.kind} ({e})"
            ) from None
        except (OverflowError, ValueError) as e:
            raise OverflowError(
                f"{self.where}: parameter '{self.name}' has an item out of range of Java"
                f" {self.kind[:-2]} ({e})"
            ) from None
        return (len(data) // size, data)


class Function:
    """One export, callable with Python values (see the module docstring for the call steps)."""

    def __init__(self, module: "Module", pyname: str, export: str, receiver, params, result) -> None:
        self.module = module
        self.pyname = pyname
        self.export = export
        self.receiver = receiver
        where = f"{module.name}.{pyname}"
        self.where = where
        self.params = [_Param(n, k, nullable, where) for (n, k, nullable) in params]
        self.result_kind, self.result_nullable = result
        self.uses_handles = receiver is not None or self.result_kind.startswith("handle:") or any(
            p.handle for p in self.params
        )
        self._fn = None
        # Fast path for exports taking only int/long/float/double: exact int and float values
        # inside the Java range skip the general conversion.
        self._fast = None
        if receiver is None and all(p.kind in ("int", "long", "float", "double") for p in self.params):
            self._fast = tuple(
                (int, -(1 << (_INT_RANGE[p.kind] - 1)), (1 << (_INT_RANGE[p.kind] - 1)) - 1)
                if p.kind in _INT_RANGE
                else (float, 0, 0)
                for p in self.params
            )

    def _raw(self):
        if self._fn is None:
            m = self.module
            fn = getattr(m.exports, self.export, None)
            if fn is None:
                raise ModuleLinkError(
                    f"{m.name}.wasm has no export '{self.export}': the module and the package come"
                    " from different builds; rebuild the package",
                    "link",
                )
            positions = []
            i = 1 if self.receiver is not None else 0
            for p in self.params:
                if _BOXED.get(p.kind, p.kind) == "long":
                    positions.append(i + p.slots - 1)
                i += p.slots
            floats = self.result_kind in ("float", "double")
            self._fn = _js().adapt(fn, to_js(positions), floats) if positions or floats else fn
        return self._fn

    def prepare(self, args: tuple) -> list:
        """Checks and converts every argument; raises before anything reaches the module."""
        if len(args) != len(self.params):
            raise TypeError(
                f"{self.where}() takes {len(self.params)} argument(s)"
                f" ({', '.join(p.name for p in self.params)}), got {len(args)}"
            )
        handles = self.module.handles
        return [p.convert(a, handles) for p, a in zip(self.params, args)]

    def __call__(self, *args):
        fast = self._fast
        if fast is not None and len(args) == len(fast):
            for (t, lo, hi), v in zip(fast, args):
                if type(v) is not t or (t is int and not lo <= v <= hi):
                    break
            else:
                m = self.module
                try:
                    r = (self._fn or self._raw())(*args)
                except JsException as e:
                    if getattr(e, "samovarKind", None) != "closed":
                        raise _from_js(e) from None
                    m.instance()  # closed before anything ran: retry on a fresh instance
                    try:
                        r = self._raw()(*args)
                    except JsException as e2:
                        raise _from_js(e2) from None
                return m.decode(self, r)
        receiver = None
        if self.receiver is not None:
            receiver, args = args[0], args[1:]
        values = self.prepare(args)
        m = self.module
        m.check_alive()
        raw: list = [] if receiver is None else [receiver._handle]
        try:
            for index, (p, v) in enumerate(zip(self.params, values)):
                if p.buffer:
                    if v is None:
                        raw.append(0)
                        continue
                    count, data = v
                    addr = m.alloc[p.alloc](index, count)
                    if addr == 0:
                        m.raise_pending(f"allocating parameter '{p.name}' of {self.where}")
                    if len(data):
                        _js().view(m.memory, addr, len(data)).assign(data)
                    raw.append(1)
                elif p.slots == 2:
                    raw.extend((0, 0) if v is None else (1, v))
                else:
                    raw.append(0 if v is None else v)
            r = self._raw()(*raw)
        except JsException as e:
            raise _from_js(e) from None
        except BaseException:
            try:
                m.raw.samovar_abi_clear()
            except Exception:
                pass
            raise
        return m.decode(self, r)


class Handle:
    """Base of generated handle classes: a Java object owned by the module until close()."""

    __slots__ = ("_handle", "_closed", "__weakref__")
    _samovar_name = "Handle"

    def _attach(self, handle: int) -> None:
        self._handle = handle
        self._closed = False

    @classmethod
    def _from_handle(cls, handle: int):
        obj = cls.__new__(cls)
        obj._attach(handle)
        return obj

    def _close(self, close_fn) -> None:
        if getattr(self, "_closed", True):
            return
        self._closed = True
        close_fn(self)

    @property
    def closed(self) -> bool:
        """Whether close() was called."""
        return getattr(self, "_closed", True)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:  # overridden by generated classes
        raise NotImplementedError

    def __repr__(self) -> str:
        state = "closed" if self.closed else f"handle {getattr(self, '_handle', 0):#x}"
        return f"<{type(self).__module__}.{type(self).__name__} {state}>"


# --------------------------------------------------------------------------------------- module


class Module:
    """A loaded Java module: its instance, its exports as :class:`Function`, and its aio calls."""

    def __init__(self, name: str, java_module, runtime) -> None:
        self.name = name
        self.jm = java_module
        self.runtime = runtime
        self.handles: dict[str, type] = {}
        self.functions: dict[str, Function] = {}
        self.aio = Aio(self)
        self._instance = None
        self.instance()

    def instance(self):
        """The JS instance (created on first use and after a close)."""
        try:
            api = self.jm.instance()
        except JsException as e:
            raise _from_js(e) from None
        # A JsProxy is made per access, so compare the JS objects, not the proxies.
        if self._instance is None or not bool(_js().same(api, self._instance)):
            self._instance = api
            self._state = api.state
            self.exports = api.exports
            self.raw = api.raw
            self.memory = api.memory
            ex = self.exports
            self.alloc = {
                k: getattr(ex, "samovar_abi_arg_" + k) for k in ("bytes", "i32s", "i64s", "f32s", "f64s")
            }
            self.layout = {w: ex.samovar_abi_layout(w) for w in (0, 1, 2, 4, 8)}
            for f in self.functions.values():
                f._fn = None
        return api

    def close(self) -> None:
        """Discards the instance and stops the aio workers; the next call starts a fresh one."""
        self.jm.close()

    def check_alive(self) -> None:
        """Starts a fresh instance after jm.close(); a dead one raises InstanceDead on the call."""
        if self._state.closed:
            self.instance()

    def function(self, pyname: str, export: str, params, result) -> Function:
        f = Function(self, pyname, export, None, params, result)
        self.functions[pyname] = f
        return f

    def method(self, pyname: str, export: str, receiver, params, result) -> Function:
        f = Function(self, pyname, export, receiver, params, result)
        self.functions[pyname] = f
        return f

    def register(self, cls: type) -> None:
        self.handles[cls._samovar_name] = cls

    def read_array(self, addr: int, width: int) -> bytes:
        return _js().array(self.memory, addr, self.layout[0], self.layout[width], width).to_bytes()

    def take_error(self):
        addr = self.raw.samovar_abi_error()
        if addr == 0:
            return None
        return parse_wire_strings(self.read_array(addr, 1))

    def raise_pending(self, what: str):
        record = self.take_error()
        if record is None:
            raise SamovarError(f"{self.name}: {what} failed without an error record", "error")
        raise java_error(record)

    def decode(self, f: Function, r):
        kind = f.result_kind
        if kind == "void":
            if r == 1:
                self._check(r)
            return None
        if kind in ("int", "long", "boolean"):
            if r == _SENTINEL[kind]:
                self._check(r)
            return bool(r) if kind == "boolean" else int(r)
        if kind in ("float", "double"):
            if r != r:
                self._check(r)
            return -0.0 if r == "-0" else float(r)
        if kind.startswith("new:"):
            if r == -1:
                self._check(r)
            return int(r)
        if kind.startswith("handle:"):
            if r == -1:
                self._check(r)
            if r == 0:
                return None
            return self.handles[kind[len("handle:") :]]._from_handle(r)
        # an address
        if r == 1:
            self._check(r)
        if r == 0:
            return None
        if kind in _BOXED:
            fmt, width = _BOXED_READ[_BOXED[kind]]
            return struct.unpack(fmt, self.read_array(r, width)[:width])[0]
        if kind == "String":
            return self.read_array(r, 1).decode("utf-8", "replace")
        if kind == "String[]":
            return parse_wire_strings(self.read_array(r, 1))
        code, size = _ARRAY_KINDS[kind][:2]
        data = self.read_array(r, size)
        if kind == "byte[]":
            return data
        out = array.array(code)
        out.frombytes(data)
        return out

    def _check(self, r) -> None:
        record = self.take_error()
        if record is not None:
            raise java_error(record)


def parse_wire_strings(data: bytes) -> list[str | None]:
    """Wire strings: a u32 count, then per element an i32 length (-1: null) and UTF-8 bytes."""
    (n,) = struct.unpack_from("<I", data, 0)
    pos = 4
    out: list[str | None] = []
    for _ in range(n):
        (length,) = struct.unpack_from("<i", data, pos)
        pos += 4
        if length < 0:
            out.append(None)
        else:
            out.append(data[pos : pos + length].decode("utf-8", "replace"))
            pos += length
    return out


# ------------------------------------------------------------------------------------------ aio


class Aio:
    """Async calls: ``await <module>.aio.<function>(...)`` runs the call in a worker (a Web
    Worker, worker_threads in Node) with its own instance of the module. Cancelling the awaiting
    task (``asyncio.wait_for`` timeouts included) terminates that worker; later calls start a new
    one. Functions taking or returning handles are not available here (handles live in the main
    instance)."""

    def __init__(self, module: Module) -> None:
        self._module = module

    def __getattr__(self, pyname: str):
        m = self._module
        f = m.functions.get(pyname)
        if f is None or f.receiver is not None:
            raise AttributeError(f"{m.name}.aio has no function {pyname!r}")
        if f.uses_handles:
            raise AttributeError(
                f"{m.name}.aio.{pyname}: functions taking or returning handles run only in the main"
                " instance; call it directly"
            )

        async def call(*args):
            return await self._call(f, args)

        call.__name__ = pyname
        call.__qualname__ = f"aio.{pyname}"
        return call

    async def _call(self, f: Function, args: tuple):
        values = f.prepare(args)
        wire = []
        for p, v in zip(f.params, values):
            if p.buffer:
                wire.append(None if v is None else [p.alloc, v[0], _js_bytes(v[1])])
            elif p.slots == 2:
                wire.append([0, 0] if v is None else [1, v])
            else:
                wire.append(v)
        kinds = [p.kind for p in f.params]
        payload = to_js(
            {"export": f.export, "kinds": kinds, "result": f.result_kind, "args": wire},
            dict_converter=js.Object.fromEntries,
        )
        job = self._module.jm.aio().start("abi", f.export, to_js([payload]), to_js({}, dict_converter=js.Object.fromEntries))
        try:
            reply = await job.promise
        except asyncio.CancelledError:
            job.cancel()
            raise
        except JsException as e:
            raise _from_js(e) from None
        return self._decode(f, reply)

    def _decode(self, f: Function, reply):
        error = _value(reply.error)
        if error is not None:
            raise java_error(parse_wire_strings(error.to_bytes()))
        kind = f.result_kind
        data = _value(reply.bytes)
        if kind == "void":
            return None
        if kind in ("int", "long", "boolean", "float", "double"):
            v = _value(reply.value)
            if v is None:
                raise SamovarError(f"{self._module.name}.aio.{f.pyname}: the worker sent no result", "worker")
            if kind in ("float", "double"):
                return -0.0 if v == "-0" else float(v)
            return bool(v) if kind == "boolean" else int(v)
        if data is None:
            return None
        raw = data.to_bytes()
        if kind in _BOXED:
            fmt, width = _BOXED_READ[_BOXED[kind]]
            return struct.unpack(fmt, raw[:width])[0]
        if kind == "String":
            return raw.decode("utf-8", "replace")
        if kind == "String[]":
            return parse_wire_strings(raw)
        if kind == "byte[]":
            return raw
        out = array.array(_ARRAY_KINDS[kind][0])
        out.frombytes(raw)
        return out

    async def map_chunks(self, fn, chunks, *, in_flight: int = 2):
        """Yields ``fn(chunk)`` for each chunk, in order, with at most ``in_flight`` calls running.

        ``fn`` is a function name (``"stats"``) or an async callable; a tuple chunk is spread as the
        arguments. The next chunk is taken from ``chunks`` only when a call slot is free.
        """
        if not isinstance(in_flight, int) or isinstance(in_flight, bool) or in_flight < 1:
            raise ValueError(f"{self._module.name}.aio.map_chunks: in_flight must be an int >= 1, not {in_flight!r}")
        call = getattr(self, fn) if isinstance(fn, str) else fn
        pending: collections.deque = collections.deque()
        try:
            for chunk in chunks:
                args = chunk if isinstance(chunk, tuple) else (chunk,)
                pending.append(asyncio.ensure_future(call(*args)))
                if len(pending) >= in_flight:
                    yield await pending.popleft()
            while pending:
                yield await pending.popleft()
        finally:
            for t in pending:
                t.cancel()


# ----------------------------------------------------------------------------------------- load


def _runtime(pkg_dir: str):
    with open(os.path.join(pkg_dir, "_samovar_runtime.js"), encoding="utf-8") as f:
        return run_js(f.read())()


def _write(stream_name: str):
    def write(text: str) -> None:
        stream = getattr(sys, stream_name)
        stream.write(text)
        if hasattr(stream, "flush"):
            stream.flush()

    return create_proxy(write)


def _registered(name: str):
    """The JavaModule a page registered with loadJavaModule(pyodide, ..., {name}), or None."""
    try:
        host = __import__(f"_samovar_host_{name}")
    except ImportError:
        return None
    return host.module


def load(package: str, name: str, interface: str) -> Module:
    """Instantiates the package's ``<name>.wasm`` (or the module a page registered under ``name``)
    after checking its ABI version and interface hash, with Java output going to ``sys.stdout``
    and ``sys.stderr`` and ``/home/pyodide`` shared with Java (the WASI preopen)."""
    pkg_dir = os.path.dirname(os.path.abspath(str(sys.modules[package].__file__)))
    runtime = _runtime(pkg_dir)
    expect = to_js({"abi": ABI_VERSION, "interface": interface}, dict_converter=js.Object.fromEntries)
    jm = _registered(name)
    try:
        if jm is not None:
            runtime.checkModule(jm.module, name, expect)
            if not getattr(jm, "hasOutput", False):
                jm.setOutput(_write("stdout"), _write("stderr"))
        else:
            path = os.path.join(pkg_dir, name + ".wasm")
            try:
                with open(path, "rb") as f:
                    wasm = f.read()
            except OSError as e:
                raise ModuleLinkError(f"{package}: cannot read {path} ({e}); reinstall the package", "link") from None
            module = runtime.compileModuleSync(_js_bytes(wasm), name, expect)
            import pyodide_js  # type: ignore[import-not-found]

            options = {"name": name, "stdout": _write("stdout"), "stderr": _write("stderr"), "FS": pyodide_js.FS}
            jm = runtime.JavaModule.new(module, to_js(options, dict_converter=js.Object.fromEntries))
    except JsException as e:
        raise _from_js(e) from None
    return Module(name, jm, runtime)


# -------------------------------------------------------------------------------- dynamic bindings

_SIGNATURE = re.compile(r"^(\w+)\((.*)\) -> (\S+)$")
_BUILTIN = {
    "void", "boolean", "int", "long", "float", "double", "Boolean", "Integer", "Long", "Float",
    "Double", "String", "byte[]", "int[]", "long[]", "float[]", "double[]", "String[]",
}


def snake(name: str) -> str:
    """``wordFrequencies`` -> ``word_frequencies``, as the generated bindings name functions."""
    out = re.sub(r"(?<=[a-z0-9])([A-Z])|(?<=[A-Z])([A-Z])(?=[a-z])", r"_\1\2", name).lower()
    return out + "_" if keyword.iskeyword(out) or out in ("match", "case", "type", "self") else out


def _kind(spelling: str) -> tuple[str, bool]:
    nullable = spelling.endswith("?")
    base = spelling.rstrip("?")
    return (base if base in _BUILTIN else "handle:" + base), nullable or base in _BOXED


def install_dynamic(namespace: dict, package: str) -> None:
    """Fills a package's namespace with functions and handle classes made from the export
    signatures in the samovar.abi section of the module registered under the package's name."""
    jm = _registered(package)
    if jm is None:
        raise ModuleLinkError(
            f"{package}: no module registered; call loadJavaModule(pyodide, wasm, {{name: '{package}'}})"
            " from JavaScript first, or install the module's wheel",
            "link",
        )
    pkg_dir = os.path.dirname(os.path.abspath(str(sys.modules[package].__file__)))
    runtime = _runtime(pkg_dir)
    abi = getattr(jm, "abi", None)
    if abi is None:
        raise ModuleLinkError(f"{package}.wasm has no samovar.abi section: it has no typed exports", "link")
    if not getattr(jm, "hasOutput", False):
        jm.setOutput(_write("stdout"), _write("stderr"))
    m = Module(package, jm, runtime)
    classes: dict[str, dict] = {}
    for sig in abi.exports.to_py():
        match = _SIGNATURE.match(sig)
        if not match:
            raise ModuleLinkError(f"{package}: cannot read the export signature {sig!r}", "link")
        export, params_text, result_text = match.groups()
        params = []
        receiver = None
        for i, p in enumerate(x.strip() for x in params_text.split(",") if x.strip()):
            spelling, pname = p.rsplit(" ", 1)
            if i == 0 and pname == "this":
                receiver = spelling
                continue
            kind, nullable = _kind(spelling)
            params.append((snake(pname), kind, nullable))
        result = _kind(result_text)
        owner, _, short = export.partition("_")
        if receiver is not None:
            f = m.method(f"{receiver}.{snake(short)}", export, receiver, params, result)
            classes.setdefault(receiver, {})[short] = f
        elif short == "new" and result[0] == "handle:" + owner:
            f = m.method(f"{owner}.new", export, None, params, ("new:" + owner, False))
            classes.setdefault(owner, {})["<init>"] = f
        else:
            f = m.function(snake(export), export, params, result)
            namespace[snake(export)] = _plain(f)
    for hname, members in classes.items():
        namespace[hname] = _handle_class(m, package, hname, members)
    namespace["aio"] = m.aio
    namespace["_m"] = m
    namespace.setdefault("close", m.close)


def _plain(f: Function):
    def call(*args):
        return f(*args)

    call.__name__ = call.__qualname__ = f.pyname
    call.__doc__ = f"Calls the export {f.export} (dynamic binding)."
    return call


def _handle_class(m: Module, package: str, hname: str, members: dict):
    ctor = members.get("<init>")
    close = members.get("close")
    body: dict = {"_samovar_name": hname, "__module__": package}

    def __init__(self, *args):
        if ctor is None:
            raise TypeError(f"{hname} has no public constructor in Java")
        self._attach(ctor(*args))

    def close_(self):
        if close is not None:
            self._close(close)

    body["__init__"] = __init__
    body["close"] = close_
    for short, f in members.items():
        if short in ("<init>", "close"):
            continue

        def method(self, *args, _f=f):
            return _f(self, *args)

        method.__name__ = snake(short)
        body[snake(short)] = method
    cls = type(hname, (Handle,), body)
    m.register(cls)
    return cls
