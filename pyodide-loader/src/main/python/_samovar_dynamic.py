"""Bindings made at import time from a module's samovar.abi section, for a module registered with
loadJavaModule (JavaScript) that has no wheel: the export signatures give names and types, no docs.

Part of the runtime every generated package ships (see _samovar.py).
"""

from __future__ import annotations

import keyword
import os
import re
import sys

from ._samovar import (
    _BOXED,
    Function,
    Handle,
    Module,
    ModuleLinkError,
    _registered,
    _runtime,
    _write,
)


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
