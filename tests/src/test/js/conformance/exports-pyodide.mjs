// Runs the export conformance cases in real Pyodide (npm pyodide) in Node, through our wheel.
//   node exports-pyodide.mjs <wheel> <module> <cases.json> <module>.abi.json <exports_runner.py>
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { runCases } from './pyodide-exports.mjs';

const [wheel, moduleName, casesFile, abiFile, runner] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const pyodideDir = path.dirname(require.resolve('pyodide/package.json', { paths: [process.cwd()] }));
const { loadPyodide } = await import(path.join(pyodideDir, 'pyodide.mjs'));
const pyodide = await loadPyodide({ indexURL: pyodideDir + '/', stdout: () => {}, stderr: (s) => process.stderr.write(s + '\n') });
const dataDir = path.join(path.dirname(casesFile), 'data');
const data = new Map(fs.readdirSync(dataDir).map((f) => [f, new Uint8Array(fs.readFileSync(path.join(dataDir, f)))]));
const out = await runCases(pyodide, path.resolve(wheel), moduleName, fs.readFileSync(casesFile, 'utf8'),
  fs.readFileSync(abiFile, 'utf8'), data, fs.readFileSync(runner, 'utf8'));
process.stdout.write(out);
