// The WebAssembly module as browsers get it: built without C++ exceptions, it holds no exception
// instructions — no tag section (where `throw` and `catch` name what they throw) and no C++
// exception tag — so no engine can deprecate or refuse it (Firefox warned about the legacy `try`
// of the -fwasm-exceptions build). Reads dist/app.wasm; no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { distDir } from './harness.mjs';

// The IDs of a module's sections, in order (the binary format's section headers).
function sectionIds(bytes) {
  assert.equal(bytes.readUInt32LE(0), 0x6d736100, 'a WebAssembly module');
  const ids = [];
  let p = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[p++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  while (p < bytes.length) {
    const id = bytes[p++];
    const size = leb();
    ids.push(id);
    p += size;
  }
  assert.equal(p, bytes.length, 'the section headers account for every byte');
  return ids;
}

test('app.wasm and its deferred part have no exception instructions: no tag section, no C++ exception tag', () => {
  for (const name of ['app.wasm', 'app.deferred.wasm']) {
    const bytes = fs.readFileSync(path.join(distDir, name));
    const ids = sectionIds(bytes);
    assert.ok(ids.includes(10), `${name} has code`);
    assert.ok(!ids.includes(13), `${name}: no tag section, nothing can be thrown or caught`);
    assert.ok(!bytes.includes(Buffer.from('__cpp_exception')), `${name}: no C++ exception tag`);
  }
});
