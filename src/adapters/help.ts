// Help and about texts shared by the console and the Discord commands.
import type { Source } from '../data/schema.js';
import type { Language } from '../engine/types.js';
import { enclose } from './quote.js';

const HELP: Record<Language, string> = {
  en: [
    'I answer questions about one news article: the second meeting of the Stabilization Working Group of the international coalition against Daesh, held in Abu Dhabi and co-chaired by the UAE and Germany.',
    'Ask in English or Arabic; every answer quotes the article word for word, with its paragraph number.',
    'Examples: "Who chaired the meeting?", "Is Morocco a member?", "How many states attended?", "What did Gargash say about sectarian regimes?"',
    'If the article does not say, I tell you so instead of guessing.',
  ].join('\n'),
  ar: [
    'أجيب عن أسئلة حول خبر واحد: الاجتماع الثاني لمجموعة العمل المعنية بالاستقرار في التحالف الدولي ضد «داعش»، الذي عُقد في أبوظبي برئاسة مشتركة من الإمارات وألمانيا.',
    'اسأل بالعربية أو الإنجليزية؛ كل إجابة تقتبس نص الخبر حرفياً مع رقم الفقرة.',
    'أمثلة: «من ترأس الاجتماع؟»، «هل المغرب عضو في مجموعة العمل؟»، «كم عدد الدول التي حضرت؟»، «ماذا قال قرقاش عن النظم الطائفية؟»',
    'إذا لم يذكر الخبر شيئاً، أقول ذلك بدلاً من التخمين.',
  ].join('\n'),
};

/** The source as the data gives it: the headline, and what the text itself says of its origin. */
const SOURCE: Record<Language, (source: Source) => string> = {
  en: (s) => `Source: the report headlined ${enclose(s.title.ar)} ("${s.title.en}", translated). ${s.origin?.en ?? 'Its outlet, author and date are not stated.'} Every answer rests on a verbatim quote from it.`,
  ar: (s) => `المصدر: الخبر المعنون ${enclose(s.title.ar)}. ${s.origin?.ar ?? 'لا يُذكر ناشره ولا كاتبه ولا تاريخه.'} كل إجابة تستند إلى اقتباس حرفي منه.`,
};

const ABOUT: Record<Language, string> = {
  en: [
    'What I know: only what the article says (who chaired and attended, the place, the purpose, the 34 members, the officials, Dr Anwar Gargash\'s words). What I do not know: anything else, including dates the article does not give.',
    'Privacy: I store no messages. Questions are answered in memory and forgotten.',
  ].join('\n'),
  ar: [
    'ما أعرفه: ما يذكره الخبر فقط (من ترأس الاجتماع وحضره، والمكان، والهدف، والأعضاء الـ34، والمسؤولون، وكلام د. أنور قرقاش). وما لا أعرفه: كل ما عدا ذلك، ومنه التواريخ التي لا يذكرها الخبر.',
    'الخصوصية: لا أحتفظ بأي رسائل؛ تُعالج الأسئلة في الذاكرة ثم تُنسى.',
  ].join('\n'),
};

export const helpText = (language: Language): string => HELP[language];
export const aboutText = (language: Language, source: Source): string => `${SOURCE[language](source)}\n${ABOUT[language]}`;
