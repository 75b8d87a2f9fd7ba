// Renders an answer as plain text for a terminal.
import type { Answer } from '../../engine/types.js';
import { enclose } from '../quote.js';

export function renderAnswerText(answer: Answer): string {
  const ar = answer.language === 'ar';
  const lines = [answer.text];
  for (const c of answer.citations) {
    lines.push(`  ${ar ? 'الفقرة' : '¶'} ${c.paragraph}: ${enclose(c.quote)}`);
    // The quote is the article's Arabic; an English reader gets a rendering, marked as one.
    if (c.translation) lines.push(`      (translation, not the article's words: ${c.translation})`);
  }
  if (!answer.answered && answer.suggestions.length > 0) {
    lines.push(ar ? 'جرّب مثلاً:' : 'You could ask:');
    for (const s of answer.suggestions) lines.push(`  - ${s}`);
  }
  return lines.join('\n');
}
