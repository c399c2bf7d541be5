// loadJavaModule: the page author's entry point. It compiles a module, installs a Python package
// for it in Pyodide's site-packages (the same runtime files a Samovar wheel ships) and hands the
// configured module to that package through a registered JS module, `_samovar_host_<name>`.

import { SamovarError } from './errors.mjs';
import { JavaModule, compileModule } from './module.mjs';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const isNode = typeof process === 'object' && Boolean(process.versions?.node);

function nameFromSource(source) {
  const text = typeof source === 'string' ? source : source instanceof URL ? source.pathname : null;
  const match = text && /([^/\\]+)\.wasm(?:[?#].*)?$/.exec(text);
  if (!match) throw new SamovarError('usage', 'loadJavaModule: pass options.name (it cannot be taken from bytes or a Response)');
  return match[1].replace(/[^A-Za-z0-9_]/g, '_');
}

async function readSource(source, name) {
  if (source instanceof WebAssembly.Module) return source;
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return source;
  if (typeof Response !== 'undefined' && source instanceof Response) return readResponse(source, name);
  if (typeof source === 'string' || source instanceof URL) {
    const url = String(source);
    if (isNode && !/^(https?|data|blob):/i.test(url)) {
      const { readFile } = await import('node:fs/promises');
      try {
        return await readFile(url.startsWith('file:') ? new URL(url) : url);
      } catch (e) {
        throw new SamovarError('link', `${name}: cannot read ${url} (${e.code ?? e.message})`);
      }
    }
    let response;
    try {
      response = await fetch(url);
    } catch (e) {
      throw new SamovarError('link', `${name}: cannot fetch ${url} (${e.message})`);
    }
    return readResponse(response, name);
  }
  throw new SamovarError('usage', `loadJavaModule: the module must be a URL, a path, bytes, a Response or a WebAssembly.Module, not ${Object.prototype.toString.call(source)}`);
}

async function readResponse(response, name) {
  if (!response.ok) throw new SamovarError('link', `${name}: ${response.url} answered HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Python source of the package installed for a module that has no wheel: bindings made at import
 * time from the module's samovar.abi section (no docstrings; the wheel's generated bindings have them).
 */
const DYNAMIC_INIT = [
  '"""Bindings made at import time from the samovar.abi section (installed by loadJavaModule)."""',
  'from . import _samovar',
  'from ._samovar import *  # noqa: F403 (the JavaError classes)',
  '',
  '_samovar.install_dynamic(globals(), __name__)',
  '',
].join('\n');

/**
 * Makes `import <name>` work: a package a wheel installed (generated bindings) is kept and picks up
 * the registered module; otherwise (or with options.replace) a package with dynamic bindings is
 * written to site-packages. Drops modules of that name Python already imported.
 */
function installPackage(pyodide, name, options) {
  const { FS } = pyodide;
  const site = pyodide.runPython("import sysconfig; sysconfig.get_paths()['purelib']");
  const dir = `${site}/${name}`;
  const generated = FS.analyzePath(`${dir}/__init__.pyi`).exists;
  if (!generated || options.replace) {
    FS.mkdirTree(dir);
    for (const [file, text] of Object.entries(PY_SOURCES)) FS.writeFile(`${dir}/${file}`, text);
    FS.writeFile(`${dir}/_samovar_runtime.js`, `(${RUNTIME_FACTORY.toString()})\n`);
    FS.writeFile(`${dir}/__init__.py`, DYNAMIC_INIT);
    try {
      FS.unlink(`${dir}/__init__.pyi`);
    } catch {
      // none
    }
  }
  pyodide.runPython(
    `import importlib, sys\nfor _k in [k for k in sys.modules if k == ${JSON.stringify(name)} or k.startswith(${JSON.stringify(`${name}.`)})]:\n    del sys.modules[_k]\nimportlib.invalidate_caches()`,
  );
}

/**
 * Loads a Java module into Pyodide so Python can `import <name>`.
 *   pyodide   the object loadPyodide() returned
 *   source    URL or path of the .wasm, its bytes, a Response, or a WebAssembly.Module
 *   options   {name, stdout, stderr, mounts, env, bindings, replace} (see JavaModule);
 *             name defaults to the file name of a URL or path; stdout/stderr default to Python's
 *             sys.stdout/sys.stderr; mounts default to {'/home/pyodide': '/home/pyodide'}
 * Returns the JavaModule, also usable from JS (main(), instance(), aio()).
 */
export async function loadJavaModule(pyodide, source, options = {}) {
  if (!pyodide || !pyodide.FS || typeof pyodide.runPython !== 'function' || typeof pyodide.registerJsModule !== 'function') {
    throw new SamovarError('usage', 'loadJavaModule(pyodide, source, options): pass the object loadPyodide() returned first');
  }
  const name = options.name ?? nameFromSource(source);
  if (!IDENTIFIER.test(name)) {
    throw new SamovarError('usage', `loadJavaModule: '${name}' is not a valid Python module name; pass options.name`);
  }
  const module = await compileModule(await readSource(source, name), name);
  const jm = new JavaModule(module, {
    name, stdout: options.stdout, stderr: options.stderr, mounts: options.mounts, env: options.env,
    FS: pyodide.FS, bindings: options.bindings,
  });
  installPackage(pyodide, name, options);
  pyodide.registerJsModule(`_samovar_host_${name}`, { module: jm });
  return jm;
}
