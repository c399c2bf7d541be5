"""Runs the export conformance cases in Python (Pyodide in Node and in Chromium) through the
generated Python bindings, printing one line per case: ``<id>\\t<canonical result>``.

The canonical text is dev.samovar.tests.exports.Canonical's; keep Canonical.java, canonical.mjs
and this file in step. Arguments are decoded as dev.samovar.tests.exports.ExportCases describes.
"""
import array
import hashlib
import struct

INLINE = 48


def _bytes(prefix, b):
    b = bytes(b)
    if len(b) <= INLINE:
        return prefix + b.hex()
    return "%s#%d:%s" % (prefix, len(b), hashlib.sha256(b).hexdigest()[:16])


def _pack(fmt, values):
    return struct.pack("<%d%s" % (len(values), fmt), *values)


def canonical(t, v):
    if t == "void":
        return "void"
    if v is None:
        return "null"
    if t in ("boolean", "Boolean"):
        return "bool:" + ("true" if v else "false")
    if t in ("int", "Integer"):
        return "i32:%d" % v
    if t in ("long", "Long"):
        return "i64:%d" % v
    if t in ("float", "Float"):
        return "f32:%08x" % struct.unpack("<I", struct.pack("<f", v))[0]
    if t in ("double", "Double"):
        return "f64:%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if t == "String":
        return _bytes("str:", v.encode("utf-8"))
    if t == "byte[]":
        return _bytes("bytes:", v)
    if t == "int[]":
        return _bytes("i32s:", _pack("i", list(v)))
    if t == "long[]":
        return _bytes("i64s:", _pack("q", list(v)))
    if t == "float[]":
        return _bytes("f32s:", _pack("f", list(v)))
    if t == "double[]":
        return _bytes("f64s:", _pack("d", list(v)))
    if t == "String[]":
        return "strs:[" + ",".join(canonical("String", s) for s in v) + "]"
    return "handle"


def canonical_error(class_name, message):
    return "!%s:%s" % (class_name, canonical("String", message))


def decode_arg(arg, read_data):
    t = arg["t"]
    if "file" in arg:
        raw = read_data(arg["file"])
        if t == "byte[]":
            return bytes(raw)
        if t == "double[]":
            a = array.array("d")
            a.frombytes(bytes(raw))
            return a
        raise ValueError("no file form for " + t)
    v = arg.get("v")
    if v is None:
        return None
    if t in ("int", "boolean", "String"):
        return v
    if t == "long":
        return int(v)
    if t == "double":
        return struct.unpack("<d", struct.pack("<Q", int(v, 16)))[0]
    if t == "float":
        return struct.unpack("<f", struct.pack("<I", int(v, 16)))[0]
    if t == "byte[]":
        return bytes.fromhex(v)
    if t == "int[]":
        return array.array("i", v)
    if t == "double[]":
        return array.array("d", [decode_arg({"t": "double", "v": h}, read_data) for h in v])
    raise ValueError("unknown argument type " + t)


def _attempt(module, t, thunk):
    try:
        return canonical(t, thunk())
    except module.JavaError as e:
        return canonical_error(e.java_class, e.java_message)


def _find(items, name):
    for item in items:
        if item["name"] == name:
            return item
    raise KeyError("no export " + name)


def run(module, cases, abi, read_data):
    """``module``: the imported bindings; ``cases``/``abi``: parsed JSON; ``read_data(name)``: the
    bytes of ``data/<name>``. Returns the result lines."""
    lines = []
    for c in cases:
        if "handle" in c:
            h = _find(abi["handles"], c["handle"])
            cls = getattr(module, c["handle"])
            state = {}
            results = []
            for op in c["ops"]:
                args = [decode_arg(a, read_data) for a in op["args"]]
                name = op["call"]
                if name == "new":
                    def construct():
                        state["self"] = cls(*args)
                        return state["self"]

                    results.append(_attempt(module, "handle", construct))
                elif name == "close":
                    results.append(_attempt(module, "void", lambda: state["self"].close()))
                else:
                    m = _find(h["methods"], name)
                    results.append(_attempt(module, m["result"]["type"], lambda: getattr(state["self"], _py(module, state["self"], name))(*args)))
            lines.append("%s\t%s" % (c["id"], " ; ".join(results)))
        else:
            f = _find(abi["functions"], c["call"])
            args = [decode_arg(a, read_data) for a in c["args"]]
            fn = getattr(module, _py(module, module, c["call"]))
            lines.append("%s\t%s" % (c["id"], _attempt(module, f["result"]["type"], lambda: fn(*args))))
    return "\n".join(lines) + "\n"


def _py(module, owner, java_name):
    """The Python name of a Java method: as written, or in snake_case when the bindings use it."""
    if hasattr(owner, java_name):
        return java_name
    snake = "".join("_" + ch.lower() if ch.isupper() else ch for ch in java_name).lstrip("_")
    return snake
