// Judges a reply against an expectation line of tests/qa/*.jsonl: the same rules the project's
// evaluation uses (answer / refuse / negative, must and mustNot strings, verbatim evidence).
import { isVerbatimIn } from '../../src/data/article.js';
import { fold } from '../../src/engine/normalize.js';
import type { Answer } from '../../src/engine/types.js';

export interface QaItem {
  id: string;
  q: string;
  expect: 'answer' | 'refuse' | 'negative';
  must?: string[][];
  mustNot?: string[];
  evidence?: string[];
}

const NEGATIONS = new Set(['no', 'not', 'none', 'لا', 'ليس', 'ليست', 'لم', 'غير'].map(fold));
const saysNo = (text: string) => fold(text).split(' ').some((w) => NEGATIONS.has(w));

export function judge(item: QaItem, answer: Answer, article: string): string[] {
  const why: string[] = [];
  for (const c of answer.citations) {
    if (!isVerbatimIn(c.quote, article)) why.push(`citation not verbatim: ${c.quote.slice(0, 60)}`);
  }
  if (item.expect === 'refuse') {
    if (answer.answered) why.push('should not be answered');
    return why;
  }
  if (item.expect === 'negative') {
    if (answer.answered && !saysNo(answer.text)) why.push('should say no');
    return why;
  }
  if (!answer.answered) return [...why, 'should be answered'];
  const text = fold(answer.text);
  for (const group of item.must ?? []) {
    if (!group.some((alt) => text.includes(fold(alt)))) why.push(`text lacks one of ${JSON.stringify(group)}`);
  }
  for (const bad of item.mustNot ?? []) if (text.includes(fold(bad))) why.push(`text has ${bad}`);
  if (item.evidence?.length) {
    const ok = answer.citations.some((c) => item.evidence!.some((e) => fold(c.quote).includes(fold(e))));
    if (!ok) why.push(`no citation holds ${JSON.stringify(item.evidence)}`);
  }
  return why;
}
