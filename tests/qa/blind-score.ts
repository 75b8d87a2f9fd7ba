// Scores a blind batch (tests/qa/blind/*.jsonl) with the project's judge: single questions, or
// conversations whose turns are asked with the context the previous answer returned.
import { readFileSync } from 'node:fs';
import type { Engine } from '../../src/engine/engine.js';
import type { ConversationContext } from '../../src/engine/types.js';
import { judge, type QaItem } from './judge.js';

type Line = QaItem | { id: string; turns: QaItem[] };

export function scoreBatch(engine: Engine, file: URL): { passed: number; total: number; failed: string[] } {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Line);
  let passed = 0;
  let total = 0;
  const failed: string[] = [];
  const check = (item: QaItem, context?: ConversationContext) => {
    const answer = engine.ask(item.q, context ? { context } : {});
    total++;
    if (judge(item, answer, engine.data.raw).length === 0) passed++;
    else failed.push(item.id ?? item.q);
    return answer.context;
  };
  for (const line of lines) {
    if ('turns' in line) {
      let context: ConversationContext | undefined;
      line.turns.forEach((turn, i) => {
        context = check({ ...turn, id: `${line.id}.${i + 1}` }, context);
      });
    } else check(line);
  }
  return { passed, total, failed };
}
