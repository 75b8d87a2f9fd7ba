// Button handlers, keyed by the first part of their custom_id.
import type { ButtonHandler } from './context.js';
import { interactionPayload, messagePayload } from './reply.js';
import { answerView, expiredView, noParagraphView, paragraphView, sourceIndexView } from './views.js';
import type { Language } from '../../engine/types.js';

const asLanguage = (v: string | undefined): Language => (v === 'ar' ? 'ar' : 'en');

/** para:<n>[:<lang>] — the whole cited paragraph, verbatim, to the clicker only. */
const showParagraph: ButtonHandler = {
  prefix: 'para',
  async execute(interaction, [n, lang], ctx) {
    const data = ctx.engine.data;
    const number = Number(n);
    const paragraph = data.paragraphs.find((p) => p.number === number);
    const language = asLanguage(lang);
    return interaction.reply(interactionPayload(paragraph ? paragraphView(data, paragraph, language) : noParagraphView(data, number, language)));
  },
};

/** lang:<target>:<question> — the same question answered in the other language. */
const otherLanguage: ButtonHandler = {
  prefix: 'lang',
  rateLimited: true,
  async execute(interaction, [target, token = ''], ctx) {
    const question = ctx.store.decode(token);
    const language = asLanguage(target);
    if (question === undefined) return interaction.reply(interactionPayload(expiredView(language)));
    const answer = ctx.engine.ask(question, { language });
    return interaction.reply(interactionPayload(answerView(answer, ctx.engine.data, ctx.store, true)));
  },
};

/** ask:<question> — a suggested question, asked. */
const askSuggestion: ButtonHandler = {
  prefix: 'ask',
  rateLimited: true,
  async execute(interaction, [token = ''], ctx) {
    const question = ctx.store.decode(token);
    if (question === undefined) return interaction.reply(interactionPayload(expiredView()));
    return interaction.reply(interactionPayload(answerView(ctx.engine.ask(question), ctx.engine.data, ctx.store, true)));
  },
};

/** src:<page> — turns the page of the source index in place. */
const sourcePage: ButtonHandler = {
  prefix: 'src',
  async execute(interaction, [page], ctx) {
    return interaction.update(messagePayload(sourceIndexView(ctx.engine.data, Number(page) || 1, 'en')));
  },
};

export const buttons: ButtonHandler[] = [showParagraph, otherLanguage, askSuggestion, sourcePage];

/** Splits "lang:en:=Who chaired?" into its prefix and arguments; the free-text tail may hold ":". */
export function parseCustomId(id: string): { prefix: string; args: string[] } {
  const [prefix = '', ...rest] = id.split(':');
  if (prefix === 'lang') return { prefix, args: [rest[0] ?? '', rest.slice(1).join(':')] };
  if (prefix === 'ask') return { prefix, args: [rest.join(':')] };
  return { prefix, args: rest };
}
