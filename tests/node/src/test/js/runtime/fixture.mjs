// Paths of the modules the reactor built, and loaders for their generated JS bindings.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../../../../..');

export const ABIFIXTURE_DIR = path.resolve(process.env.SAMOVAR_ABIFIXTURE_DIR ?? path.join(repo, 'tests/abi-fixture/target/samovar'));
export const JAVACORE_DIR = path.resolve(process.env.SAMOVAR_JAVACORE_DIR ?? path.join(repo, 'wasm-core/target/samovar'));
export const FIXTURE_WASM = path.join(ABIFIXTURE_DIR, 'abifixture.wasm');
export const JAVACORE_WASM = path.join(JAVACORE_DIR, 'javacore.wasm');

function need(file) {
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is missing: build it first (mvn -B -ntp -o -Dquick -pl tests/node -am verify)`);
  }
  return file;
}

/** The generated bindings module of abifixture (bindings/js/abifixture.mjs). */
export function fixtureBindings() {
  return import(pathToFileURL(need(path.join(ABIFIXTURE_DIR, 'bindings/js/abifixture.mjs'))).href);
}

/** The runtime copied beside the abifixture bindings. */
export function runtime() {
  return import(pathToFileURL(need(path.join(ABIFIXTURE_DIR, 'bindings/js/samovar-loader.mjs'))).href);
}

/** Loads abifixture with output captured: {m, out, err} where out/err collect the emitted text. */
export async function loadFixture(options = {}) {
  const { load } = await fixtureBindings();
  const out = [];
  const err = [];
  const m = await load(need(FIXTURE_WASM), {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    ...options,
  });
  return { m, out, err };
}

export async function loadJavacore(options = {}) {
  const { load } = await import(pathToFileURL(need(path.join(JAVACORE_DIR, 'bindings/js/javacore.mjs'))).href);
  return load(need(JAVACORE_WASM), options);
}

export function wasmBytes(file = FIXTURE_WASM) {
  return new Uint8Array(fs.readFileSync(need(file)));
}
