// The shapes of the data files. Parsing with these is the only way data enters the engine.
import { z } from 'zod';

const nonEmpty = z.string().trim().min(1);
export const bilingual = z.object({ ar: nonEmpty, en: nonEmpty });
const bilingualList = z.object({ ar: z.array(nonEmpty).min(1), en: z.array(nonEmpty).min(1) });

export const questionKinds = [
  'who', 'what', 'which', 'where', 'when', 'count', 'yesno', 'why', 'how', 'list', 'identity', 'title',
] as const;
export const questionKind = z.enum(questionKinds);

export const composers = ['membership', 'attendance', 'date', 'co-chairs', 'venue', 'lines-of-effort'] as const;

export const factSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by hyphens'),
  topic: nonEmpty,
  paragraph: z.number().int().positive(),
  quote: nonEmpty,
  answer: bilingual,
  kinds: z.array(questionKind).min(1),
  compose: z.enum(composers).optional(),
  keywords: bilingualList,
  questions: bilingualList,
  entities: z.array(nonEmpty),
  alsoCite: z.array(nonEmpty).optional(),
});

export const factsFileSchema = z.strictObject({ facts: z.array(factSchema).min(1) });

const aliases = z.object({ ar: z.array(nonEmpty), en: z.array(nonEmpty) });

export const personSchema = z.strictObject({
  id: nonEmpty,
  name: bilingual,
  short: bilingual,
  title: bilingual,
  role: bilingual,
  aliases,
  facts: z.array(nonEmpty).min(1),
});

export const memberSchema = z.strictObject({
  id: nonEmpty,
  kind: z.enum(['state', 'organisation']),
  ar: nonEmpty,
  en: nonEmpty,
  /** The member's words exactly as the article's list writes them, clitics included ("والمغرب"). */
  surface: nonEmpty,
});

export const entitiesFileSchema = z.strictObject({
  people: z.array(personSchema).min(1),
  members: z.array(memberSchema).min(1),
  organisations: z.array(z.strictObject({ id: nonEmpty, aliases })),
  countryAliases: z.record(z.string().regex(/^[A-Z]{2}$/), aliases),
  /** The coalition's lines of effort, `ar` as the article words each one. */
  linesOfEffort: z.array(z.strictObject({ id: nonEmpty, ar: nonEmpty, en: nonEmpty })).min(1),
  others: z.array(
    z.strictObject({ id: nonEmpty, kind: z.enum(['group', 'topic', 'place', 'medium', 'city']), aliases }),
  ),
});

export const sourceSchema = z.strictObject({
  file: nonEmpty,
  title: bilingual,
  chrome: z.array(nonEmpty),
});

export type Fact = z.infer<typeof factSchema>;
export type Person = z.infer<typeof personSchema>;
export type Member = z.infer<typeof memberSchema>;
export type EntitiesFile = z.infer<typeof entitiesFileSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type QuestionKind = z.infer<typeof questionKind>;
export type Bilingual = z.infer<typeof bilingual>;
