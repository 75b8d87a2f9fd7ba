// Help and about texts shared by the console and the Discord commands. What the article is about, its
// sample questions and its source come from the article's data, so another article gets its own.
import type { ArticleData } from '../data/load.js';
import type { Language } from '../engine/types.js';
import { enclose } from './quote.js';

const HOW: Record<Language, string[]> = {
  en: ['Ask in English or Arabic; every answer quotes the article word for word, with its paragraph number.', 'If the article does not say, I tell you so instead of guessing.'],
  ar: ['اسأل بالعربية أو الإنجليزية؛ كل إجابة تقتبس نص الخبر حرفياً مع رقم الفقرة.', 'إذا لم يذكر الخبر شيئاً، أقول ذلك بدلاً من التخمين.'],
};
const EXAMPLES: Record<Language, string> = { en: 'Examples', ar: 'أمثلة' };
const PRIVACY: Record<Language, string> = {
  en: 'Privacy: I store no messages. To follow up a question ("and Iran?"), I keep how I read your last one, for 15 minutes, in memory only.',
  ar: 'الخصوصية: لا أحتفظ بأي رسائل. ولمتابعة سؤالك («وإيران؟») أتذكر كيف قرأت سؤالك الأخير مدة 15 دقيقة في الذاكرة فقط.',
};

/** Sample questions of the statements the data names as staples. */
function examples(data: ArticleData, language: Language): string[] {
  const byId = new Map(data.graph.statements.map((s) => [s.id, s]));
  return data.graph.texts.staples.map((id) => byId.get(id)?.questions[language][0]).filter((q): q is string => !!q);
}

export function helpText(language: Language, data: ArticleData): string {
  const quoted = examples(data, language).map((q) => (language === 'ar' ? `«${q}»` : `"${q}"`));
  return [data.graph.texts.about[language], ...HOW[language], `${EXAMPLES[language]}: ${quoted.join(language === 'ar' ? '، ' : ', ')}`].join('\n');
}

/** The source as the data gives it: the headline, and what the text itself says of its origin. */
function sourceLine(language: Language, data: ArticleData): string {
  const s = data.source;
  return language === 'en'
    ? `Source: the report headlined ${enclose(s.title.ar)} ("${s.title.en}", translated). ${s.origin?.en ?? 'Its outlet, author and date are not stated.'} Every answer rests on a verbatim quote from it.`
    : `المصدر: الخبر المعنون ${enclose(s.title.ar)}. ${s.origin?.ar ?? 'لا يُذكر ناشره ولا كاتبه ولا تاريخه.'} كل إجابة تستند إلى اقتباس حرفي منه.`;
}

export const aboutText = (language: Language, data: ArticleData): string => [sourceLine(language, data), data.graph.texts.knows[language], PRIVACY[language]].join('\n');
