// One engine per test file: building it is cheap, but there is no reason to repeat it per test.
import { loadData } from '../../src/data/load.js';
import { createEngine, type Engine } from '../../src/engine/engine.js';

let shared: Engine | undefined;
export function testEngine(): Engine {
  shared ??= createEngine(loadData());
  return shared;
}
