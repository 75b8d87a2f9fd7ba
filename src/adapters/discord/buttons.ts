// The bot's buttons. Each owns its custom_id: `encode` writes "prefix:…" within Discord's 100
// characters and `decode` reads it back, so a format and its length budget live in one place.
// Handlers return a response description; the transports send it.
import { reply, update, type AnyButton, type BotContext, type ButtonHandler } from './context.js';
import { LIMITS, customId } from './limits.js';
import { answerView, expiredView, noParagraphView, paragraphView, sourceIndexView, type ButtonIds } from './views.js';
import type { Language } from '../../engine/types.js';
import type { QuestionStore } from './question-store.js';

const asLanguage = (v: string | undefined): Language | undefined => (v === 'ar' || v === 'en' ? v : undefined);
/** Splits "a:b:c" at the first ":" only: free text after it may hold ":". */
const splitOnce = (s: string): [string, string] => {
  const i = s.indexOf(':');
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
};

/** para:<n>[:ar] — the whole cited paragraph, verbatim, to the clicker only. */
export const showParagraph = {
  prefix: 'para',
  encode: (n: number, language: Language) => (language === 'ar' ? `para:${n}:ar` : `para:${n}`),
  decode(rest: string) {
    const [n, lang] = rest.split(':');
    const number = Number(n);
    return Number.isInteger(number) && number > 0 ? { number, language: asLanguage(lang) ?? 'en' } : undefined;
  },
  execute({ number, language }: { number: number; language: Language }, _req, ctx) {
    const data = ctx.engine.data;
    const paragraph = data.paragraphs.find((p) => p.number === number);
    return reply(paragraph ? paragraphView(data, paragraph, language) : noParagraphView(data, number, language));
  },
} satisfies ButtonHandler<{ number: number; language: Language }>;

/** "=question" when it fits after the head, else a key in the store bound to this user. */
const questionToken = (store: QuestionStore, userId: string, head: string, question: string) =>
  customId(head, store.encode(question, userId, LIMITS.customId - head.length - 1));

/** lang:<target>:<token> — the same question answered in the other language. */
export const otherLanguage = {
  prefix: 'lang',
  rateLimited: true,
  encode: (store: QuestionStore, userId: string, target: Language, question: string) => questionToken(store, userId, `lang:${target}`, question),
  decode(rest: string) {
    const [target, token] = splitOnce(rest);
    const language = asLanguage(target);
    return language && token ? { language, token } : undefined;
  },
  execute({ language, token }: { language: Language; token: string }, req, ctx) {
    const question = ctx.store.decode(token, req.userId);
    if (question === undefined) return reply(expiredView(language));
    return reply(answerView(ctx.engine.ask(question, { language }), ctx.engine.data, buttonIds(ctx, req.userId), true));
  },
} satisfies ButtonHandler<{ language: Language; token: string }>;

/** ask:<token> — a suggested question, asked. */
export const askSuggestion = {
  prefix: 'ask',
  rateLimited: true,
  encode: (store: QuestionStore, userId: string, question: string) => questionToken(store, userId, 'ask', question),
  decode: (rest: string) => (rest ? { token: rest } : undefined),
  execute({ token }: { token: string }, req, ctx) {
    const question = ctx.store.decode(token, req.userId);
    if (question === undefined) return reply(expiredView());
    return reply(answerView(ctx.engine.ask(question), ctx.engine.data, buttonIds(ctx, req.userId), true));
  },
} satisfies ButtonHandler<{ token: string }>;

/** src:<page>[:ar] — turns the page of the source index in place. */
export const sourcePage = {
  prefix: 'src',
  encode: (page: number, language: Language) => (language === 'ar' ? `src:${page}:ar` : `src:${page}`),
  decode(rest: string) {
    const [p, lang] = rest.split(':');
    const page = Number(p);
    return Number.isInteger(page) ? { page, language: asLanguage(lang) ?? 'en' } : undefined;
  },
  execute({ page, language }: { page: number; language: Language }, req, ctx) {
    return update(sourceIndexView(ctx.engine.data, page, language, buttonIds(ctx, req.userId)));
  },
} satisfies ButtonHandler<{ page: number; language: Language }>;

export const buttons: AnyButton[] = [showParagraph, otherLanguage, askSuggestion, sourcePage];

/** The ids views put on their buttons, for replies to this user (long questions are bound to them). */
export function buttonIds(ctx: BotContext, userId: string): ButtonIds {
  return {
    paragraph: (n, language) => showParagraph.encode(n, language),
    otherLanguage: (target, question) => otherLanguage.encode(ctx.store, userId, target, question),
    ask: (question) => askSuggestion.encode(ctx.store, userId, question),
    sourcePage: (page, language) => sourcePage.encode(page, language),
  };
}
