// How the bot's replies look in Discord: embeds and buttons built from engine answers and article data.
// Pure functions of their inputs; reply.ts fits them to Discord's limits.
import type { Paragraph } from '../../data/article.js';
import type { ArticleData } from '../../data/load.js';
import type { Entity } from '../../data/schema.js';
import type { Engine } from '../../engine/engine.js';
import type { Answer, Language } from '../../engine/types.js';
import { aboutText, helpText } from '../help.js';
import { enclose } from '../quote.js';
import { LIMITS, truncate, type EmbedData } from './limits.js';
import type { ButtonView, ReplyView } from './reply.js';
import { shownText } from './user-text.js';

/** The custom_ids of the buttons views show, encoded by the buttons themselves (see buttons.ts). */
export interface ButtonIds {
  paragraph(n: number, language: Language): string;
  otherLanguage(target: Language, question: string): string;
  ask(question: string): string;
  sourcePage(page: number, language: Language): string;
}

export const COLORS = { answer: 0x2e8b57, unknown: 0x808080, error: 0xcc3333, info: 0x3366cc } as const;

const T = {
  en: {
    notStated: 'outlet and date not stated in the text',
    translation: 'Translation, not the article\'s words',
    paragraph: (n: number) => `Paragraph ${n}`,
    showParagraph: (n: number) => `Show paragraph ${n}`,
    otherLanguage: 'بالعربية',
    notInArticle: 'Not in the article',
    youCouldAsk: 'You could ask',
    members: 'Members of the Stabilization Working Group',
    states: 'States',
    organisations: 'Organisations',
    page: (p: number, n: number) => `Page ${p} of ${n}`,
    previous: 'Previous',
    next: 'Next',
    index: 'Paragraphs',
    help: 'Help',
    about: 'About',
    error: 'Sorry, something went wrong while answering. Please try again.',
    cooldown: (s: number) => `You're asking quickly: please wait ${s}s and try again.`,
    expired: 'This button has expired: please ask your question again.',
    unknownCommand: 'I do not know this command (it may have been removed): /help lists the ones I answer.',
    noParagraph: (n: number, max: number) => `The article has paragraphs 1 to ${max}; there is no paragraph ${n}.`,
    unknownPerson: (names: string[]) => `The article names ${names.length} officials: ${names.join(', ')}. Pick one of them.`,
  },
  ar: {
    notStated: 'لا يذكر النص الناشر ولا التاريخ',
    translation: 'ترجمة',
    paragraph: (n: number) => `الفقرة ${n}`,
    showParagraph: (n: number) => `اعرض الفقرة ${n}`,
    otherLanguage: 'In English',
    notInArticle: 'لا يذكر الخبر ذلك',
    youCouldAsk: 'جرّب أن تسأل',
    members: 'أعضاء مجموعة العمل المعنية بالاستقرار',
    states: 'الدول',
    organisations: 'المنظمات',
    page: (p: number, n: number) => `الصفحة ${p} من ${n}`,
    previous: 'السابق',
    next: 'التالي',
    index: 'الفقرات',
    help: 'مساعدة',
    about: 'عن البوت',
    error: 'عذراً، حدث خطأ أثناء الإجابة. حاول مرة أخرى.',
    cooldown: (s: number) => `أسئلتك متتابعة بسرعة: انتظر ${s} ثانية ثم حاول مجدداً.`,
    expired: 'انتهت صلاحية هذا الزر: من فضلك اطرح سؤالك من جديد.',
    unknownCommand: 'لا أعرف هذا الأمر (ربما أُزيل): يعرض ‎/help الأوامر التي أجيب عنها.',
    noParagraph: (n: number, max: number) => `فقرات الخبر من 1 إلى ${max}؛ لا توجد فقرة ${n}.`,
    unknownPerson: (names: string[]) => `يذكر الخبر هؤلاء المسؤولين: ${names.join('، ')}. اختر أحدهم.`,
  },
} as const;

export const texts = (language: Language) => T[language];

const other = (language: Language): Language => (language === 'ar' ? 'en' : 'ar');

/**
 * The article's headline, and that its outlet and date are not stated: the text names neither (see
 * source.json's origin, shown by /about), and the data has no field for them, so none is invented.
 */
function footer(data: ArticleData, language: Language, paragraphs: number[]): { text: string } {
  const where = paragraphs.length > 0 ? ` · ${paragraphs.map((n) => `¶${n}`).join(' ')}` : '';
  return { text: `${data.source.title[language]} · ${T[language].notStated}${where}` };
}

/** A verbatim passage inside a block quote; every line prefixed so a long passage stays inside it. */
const blockQuote = (text: string) => enclose(text).split('\n').map((l) => `> ${l}`).join('\n');

/** The reply to a question: the answer, its citations, and buttons to read more or switch language. */
export function answerView(answer: Answer, data: ArticleData, ids: ButtonIds, ephemeral = false): ReplyView {
  const t = T[answer.language];
  const paragraphs = [...new Set(answer.citations.map((c) => c.paragraph))];
  const fields = answer.citations.map((c) => ({
    name: t.paragraph(c.paragraph),
    // The quote stays the article's Arabic; an English reader gets its rendering under it, labelled.
    value: truncate(c.translation ? `${blockQuote(c.quote)}\n*${T[answer.language].translation}:* ${c.translation}` : blockQuote(c.quote), LIMITS.embedFieldValue),
  }));
  const embed: EmbedData = {
    // The question is the user's own text: shown plain, so it cannot restyle or redirect the reply.
    title: shownText(answer.question, LIMITS.embedTitle) || t.notInArticle,
    description: answer.text,
    color: answer.answered ? COLORS.answer : COLORS.unknown,
    fields,
    footer: footer(data, answer.language, paragraphs),
  };
  if (!answer.answered && answer.suggestions.length > 0) {
    embed.fields = [...fields, { name: t.youCouldAsk, value: answer.suggestions.map((s) => `• ${s}`).join('\n') }];
  }

  const rows: ButtonView[][] = [];
  const readMore: ButtonView[] = paragraphs.slice(0, 4).map((n) => ({ customId: ids.paragraph(n, answer.language), label: t.showParagraph(n) }));
  if (answer.status !== 'invalid-input') {
    readMore.push({ customId: ids.otherLanguage(other(answer.language), answer.question), label: t.otherLanguage, style: 'primary' });
  }
  rows.push(readMore);
  if (!answer.answered && answer.suggestions.length > 0) {
    rows.push(
      answer.suggestions.slice(0, LIMITS.buttonsPerRow).map((s) => ({
        customId: ids.ask(s),
        label: s,
        style: 'success' as const,
      })),
    );
  }
  return { embeds: [embed], buttons: rows, ephemeral };
}

export function paragraphView(data: ArticleData, paragraph: Paragraph, language: Language): ReplyView {
  return {
    embeds: [
      {
        title: T[language].paragraph(paragraph.number),
        description: paragraph.text,
        color: COLORS.info,
        footer: footer(data, language, [paragraph.number]),
      },
    ],
    ephemeral: true,
  };
}

export function noParagraphView(data: ArticleData, n: number, language: Language): ReplyView {
  return { content: T[language].noParagraph(n, data.paragraphs.length), ephemeral: true };
}

const SOURCE_PAGE_SIZE = 10;

/** The headline and an index of paragraphs, a page at a time. */
export function sourceIndexView(data: ArticleData, page: number, language: Language, ids: ButtonIds): ReplyView {
  const pages = Math.max(1, Math.ceil(data.paragraphs.length / SOURCE_PAGE_SIZE));
  const p = Math.min(Math.max(1, page), pages);
  const slice = data.paragraphs.slice((p - 1) * SOURCE_PAGE_SIZE, p * SOURCE_PAGE_SIZE);
  const lines = slice.map((para) => `**${para.number}.** ${truncate(para.text, 120)}`);
  const t = T[language];
  const view: ReplyView = {
    embeds: [
      {
        title: data.paragraphs[0]?.text ?? data.source.title.ar,
        description: lines.join('\n'),
        color: COLORS.info,
        footer: { text: `${t.index} · ${t.page(p, pages)}` },
      },
    ],
  };
  if (pages > 1) {
    view.buttons = [
      [
        { customId: ids.sourcePage(p - 1, language), label: t.previous, disabled: p <= 1 },
        { customId: ids.sourcePage(p + 1, language), label: t.next, disabled: p >= pages },
      ],
    ];
  }
  return view;
}

export type MemberFilter = 'all' | 'states' | 'organisations';

export function membersView(engine: Engine, filter: MemberFilter, language: Language, ids: ButtonIds): ReplyView {
  const t = T[language];
  const data = engine.data;
  const list = engine.membership();
  const members = list?.members ?? [];
  const name = (m: Entity) => m.name[language];
  const states = members.filter((m) => m.type === 'state');
  const orgs = members.filter((m) => m.type === 'organisation');
  const membership = list?.statement;
  const fields = [];
  if (filter !== 'organisations') fields.push({ name: `${t.states} (${states.length})`, value: states.map(name).join(language === 'ar' ? '، ' : ', ') });
  if (filter !== 'states') fields.push({ name: `${t.organisations} (${orgs.length})`, value: orgs.map(name).join(language === 'ar' ? '، ' : ', ') });
  const count = filter === 'states' ? states.length : filter === 'organisations' ? orgs.length : members.length;
  return {
    embeds: [
      {
        title: `${t.members} (${count})`,
        description: membership ? blockQuote(membership.quote) : undefined,
        color: COLORS.answer,
        fields,
        footer: footer(data, language, membership ? [membership.paragraph] : []),
      },
    ],
    buttons: membership ? [[{ customId: ids.paragraph(membership.paragraph, language), label: t.showParagraph(membership.paragraph) }]] : [],
  };
}

export function personView(engine: Engine, person: Entity, language: Language, ids: ButtonIds): ReplyView {
  const t = T[language];
  const statements = engine.people().find((p) => p.person.id === person.id)?.statements ?? [];
  const paragraphs = [...new Set(statements.map((f) => f.paragraph))];
  return {
    embeds: [
      {
        title: person.name[language],
        description: [person.title ? `**${person.title[language]}**` : '', person.role?.[language] ?? ''].filter(Boolean).join('\n'),
        color: COLORS.answer,
        // One field a paragraph: the passages that name the person, each cited once.
        fields: paragraphs.slice(0, 3).map((n) => ({ name: t.paragraph(n), value: blockQuote(statements.filter((f) => f.paragraph === n).map((f) => f.quote).join(' … ')) })),
        footer: footer(data(engine), language, paragraphs),
      },
    ],
    buttons: [paragraphs.slice(0, 4).map((n) => ({ customId: ids.paragraph(n, language), label: t.showParagraph(n) }))],
  };
}

const data = (engine: Engine) => engine.data;

/** Help and about are shown in both languages: Discord has no Arabic locale to choose by. About names the source, from the data. */
export function helpView(kind: 'help' | 'about', data: ArticleData): ReplyView {
  const text = (language: Language) => (kind === 'about' ? aboutText(language, data) : helpText(language, data));
  return {
    embeds: [
      {
        title: `${T.en[kind]} · ${T.ar[kind]}`,
        color: COLORS.info,
        fields: [
          { name: 'English', value: text('en') },
          { name: 'العربية', value: text('ar') },
        ],
      },
    ],
    ephemeral: true,
  };
}

export const errorView = (language: Language = 'en'): ReplyView => ({ content: T[language].error, ephemeral: true });
export const cooldownView = (waitMs: number, language: Language = 'en'): ReplyView => ({
  content: T[language].cooldown(Math.max(1, Math.ceil(waitMs / 1000))),
  ephemeral: true,
});
export const expiredView = (language: Language = 'en'): ReplyView => ({ content: T[language].expired, ephemeral: true });
/** Both languages: nothing typed tells which one the user reads. */
export const unknownCommandView = (): ReplyView => ({ content: `${T.en.unknownCommand}\n${T.ar.unknownCommand}`, ephemeral: true });
