"""Async calls of a Samovar module in Pyodide: each call runs in a worker with its own instance.

Part of the runtime every generated package ships (see _samovar.py).
"""

from __future__ import annotations

import array
import asyncio
import collections
import struct

import js  # type: ignore[import-not-found]
from pyodide.ffi import JsException, to_js  # type: ignore[import-not-found]

from ._samovar import (
    _ARRAY_KINDS,
    _BOXED,
    _BOXED_READ,
    Function,
    Module,
    SamovarError,
    _from_js,
    _js_bytes,
    _value,
    java_error,
    parse_wire_strings,
)


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
