// Runs the export conformance cases in a Pyodide that has loaded our wheel: shared by Pyodide in
// Node (exports-pyodide.mjs) and in Chromium (exports-chromium.mjs); no Node-only imports here.
/**
 * @param pyodide a loaded Pyodide
 * @param wheel the wheel's path (Node) or URL (browser), given to pyodide.loadPackage
 * @param moduleName the Python package to import
 * @param casesText, abiText the JSON texts
 * @param data Map of data file name to Uint8Array
 * @param runnerSource the text of exports_runner.py
 */
export async function runCases(pyodide, wheel, moduleName, casesText, abiText, data, runnerSource) {
  await pyodide.loadPackage(wheel);
  pyodide.FS.mkdirTree('/tmp/conformance');
  pyodide.FS.writeFile('/tmp/conformance/exports_runner.py', runnerSource);
  const globals = pyodide.toPy({ module_name: moduleName, cases_text: casesText, abi_text: abiText });
  globals.set('js_data', data);
  return pyodide.runPython(
    `
import importlib, json, sys
sys.path.insert(0, '/tmp/conformance')
import exports_runner
module = importlib.import_module(module_name)
exports_runner.run(module, json.loads(cases_text), json.loads(abi_text),
                   lambda name: js_data.get(name).to_bytes())
`,
    { globals },
  );
}
