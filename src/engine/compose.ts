// Builds the reply for the chosen fact. Most facts answer in their own words; membership,
// attendance and date questions are composed from the entity data, so "Is Iran a member?",
// "How many organisations are members?" and "What year was it?" each get the answer they ask for.
import type { ArticleData } from '../data/load.js';
import type { Fact, Member } from '../data/schema.js';
import type { EntityRef } from './entities.js';
import type { Citation, Language } from './types.js';
import type { Understanding } from './understand.js';

export interface Composed {
  answered: boolean;
  text: string;
  citations: Citation[];
  facts: string[];
}

export interface ComposeContext {
  data: ArticleData;
  factsById: Map<string, Fact>;
  u: Understanding;
  /** Countries and organisations the question names (typo-matched names included). */
  named: EntityRef[];
}

/** English names that take "the" in a sentence ("the European Union is a member"). */
const DEFINITE = /^(United |European Union|Arab League|Netherlands|Czech Republic|Islamic Republic|Republic of|Democratic|Philippines|Bahamas|Gambia|Maldives)/;
const nameIn = (entity: EntityRef, lang: Language): string =>
  lang === 'en' && DEFINITE.test(entity.name.en) ? `the ${entity.name.en}` : entity.name[lang];

/** The meeting's co-chairs, as the article names them (paragraph 3). */
const CO_CHAIRS = new Set(['AE', 'DE']);

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const citationOf = (fact: Fact): Citation => ({ paragraph: fact.paragraph, quote: fact.quote });

/** A fact's own answer, with the passages it rests on. */
export function composeStatic(fact: Fact, ctx: ComposeContext): Composed {
  const also = (fact.alsoCite ?? []).map((id) => ctx.factsById.get(id)).filter((f): f is Fact => !!f);
  return {
    answered: true,
    text: fact.answer[ctx.u.language],
    citations: [citationOf(fact), ...also.map(citationOf)],
    facts: [fact.id, ...also.map((f) => f.id)],
  };
}

const listJoin = (items: string[], language: Language): string => {
  if (items.length <= 1) return items.join('');
  if (language === 'ar') return items.join('، ').replace(/، ([^،]*)$/, ' و$1');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
};

const MEMBERSHIP_INTRO = 'تتألف عضوية مجموعة العمل من بلدان ومنظمات عدة هي';
const CO_CHAIR_MEMBERS = 'وإضافة إلى دولة الإمارات وألمانيا، تتألف عضوية مجموعة العمل';

function membershipCounts(members: readonly Member[]) {
  const states = members.filter((m) => m.kind === 'state');
  const organisations = members.filter((m) => m.kind === 'organisation');
  return { states, organisations, total: members.length };
}

function composeMembership(fact: Fact, ctx: ComposeContext): Composed {
  const { u } = ctx;
  const lang = u.language;
  const members = ctx.data.entities.members;
  const { states, organisations, total } = membershipCounts(members);
  const whole: Citation = citationOf(fact);
  const base = { answered: true, facts: [fact.id] };

  const named = ctx.named;
  if (named.length > 0 && !(u.kind === 'list' || u.kind === 'count')) {
    const lines: string[] = [];
    const citations: Citation[] = [];
    let anyNo = false;
    for (const entity of named) {
      const member = members.find((m) => m.id === entity.id);
      const name = nameIn(entity, lang);
      if (member) {
        const coChair = CO_CHAIRS.has(member.id);
        lines.push(
          lang === 'ar'
            ? `نعم، ${name} عضو في مجموعة العمل المعنية بالاستقرار، ضمن أعضائها الـ${total} الذين يذكرهم الخبر${coChair ? '، وقد ترأست الاجتماع بالاشتراك' : ''}.`
            : `Yes: ${name} is a member of the Stabilization Working Group, one of the ${total} members the article lists${coChair ? ', and it co-chaired the meeting' : ''}.`,
        );
        citations.push({
          paragraph: fact.paragraph,
          quote: coChair ? CO_CHAIR_MEMBERS : `${MEMBERSHIP_INTRO} … ${member.surface}`,
        });
      } else {
        anyNo = true;
        lines.push(
          lang === 'ar'
            ? `لا، ${name} ليست ضمن قائمة أعضاء مجموعة العمل التي يذكرها الخبر (${states.length} دولة و${organisations.length} منظمات).`
            : `No: ${name} is not in the article's list of the working group's members (${states.length} states and ${organisations.length} organisations).`,
        );
      }
    }
    if (anyNo) citations.push(whole);
    return { ...base, text: lines.join('\n'), citations: dedupe(citations) };
  }

  const wantsStates = u.cues.states && !u.cues.organisations;
  const wantsOrgs = u.cues.organisations && !u.cues.states;
  const names = (list: readonly Member[]) => list.map((m) => (lang === 'ar' ? m.ar : m.en));

  if (u.kind === 'count') {
    const text = wantsStates
      ? lang === 'ar'
        ? `تضم مجموعة العمل ${states.length} دولة: الإمارات وألمانيا، و${states.length - 2} دولة أخرى.`
        : `${states.length} states are members of the working group: the UAE and Germany, plus ${states.length - 2} others.`
      : wantsOrgs
        ? lang === 'ar'
          ? `تضم مجموعة العمل ${organisations.length} منظمات: ${listJoin(names(organisations), lang)}.`
          : `${organisations.length} organisations are members of the working group: ${listJoin(names(organisations), lang)}.`
        : lang === 'ar'
          ? `تضم مجموعة العمل ${total} عضواً: ${states.length} دولة و${organisations.length} منظمات.`
          : `The working group has ${total} members: ${states.length} states and ${organisations.length} organisations.`;
    return { ...base, text, citations: [whole] };
  }

  const stateList = listJoin(names(states), lang);
  const orgList = listJoin(names(organisations), lang);
  const text = wantsOrgs
    ? lang === 'ar'
      ? `المنظمات الأعضاء في مجموعة العمل (${organisations.length}): ${orgList}.`
      : `The working group's member organisations (${organisations.length}): ${orgList}.`
    : wantsStates
      ? lang === 'ar'
        ? `الدول الأعضاء في مجموعة العمل (${states.length}): ${stateList}.`
        : `The working group's member states (${states.length}): ${stateList}.`
      : lang === 'ar'
        ? `تتألف عضوية مجموعة العمل من ${total} عضواً.\nالدول (${states.length}): ${stateList}.\nالمنظمات (${organisations.length}): ${orgList}.`
        : `The working group has ${total} members.\nStates (${states.length}): ${stateList}.\nOrganisations (${organisations.length}): ${orgList}.`;
  return { ...base, text, citations: [whole] };
}

const IRAQ_ATTENDED = 'ممثلون عن 28 دولة، من ضمنها العراق';

function composeAttendance(fact: Fact, ctx: ComposeContext): Composed {
  const { u } = ctx;
  const lang = u.language;
  const whole = citationOf(fact);
  const coChairs = ctx.factsById.get('co-chairs');

  if (ctx.named.length > 0) {
    const lines: string[] = [];
    const citations: Citation[] = [];
    const factIds = [fact.id];
    let allKnown = true;
    for (const entity of ctx.named) {
      const name = nameIn(entity, lang);
      const member = ctx.data.entities.members.find((m) => m.id === entity.id);
      if (entity.id === 'IQ') {
        lines.push(
          lang === 'ar'
            ? 'نعم، حضر الاجتماع ممثلون عن العراق، وهو من بين 28 دولة حضرت؛ ولا يذكر الخبر أسماء الممثلين.'
            : 'Yes: representatives of Iraq attended; Iraq is the one state the article names among the 28 that took part (it does not name the representatives).',
        );
        citations.push({ paragraph: fact.paragraph, quote: IRAQ_ATTENDED });
      } else if (CO_CHAIRS.has(entity.id) && coChairs) {
        lines.push(
          lang === 'ar'
            ? `نعم، ${name} ترأست الاجتماع بالاشتراك.`
            : `Yes: ${name} co-chaired the meeting.`,
        );
        citations.push(citationOf(coChairs));
        factIds.push(coChairs.id);
      } else {
        allKnown = false;
        const status = member
          ? lang === 'ar'
            ? `و${name} عضو في مجموعة العمل.`
            : `${capitalize(name)} is a member of the working group.`
          : lang === 'ar'
            ? `و${name} ليست ضمن أعضاء مجموعة العمل.`
            : `${capitalize(name)} is not among the working group's members.`;
        lines.push(
          lang === 'ar'
            ? `لا يذكر الخبر ما إذا كانت ${name} قد حضرت: فهو لا يسمي من الدول الـ28 الحاضرة سوى العراق. ${status}`
            : `The article does not say whether ${name} attended: of the 28 states present it names only Iraq. ${status}`,
        );
        citations.push(whole);
      }
    }
    return { answered: allKnown, text: lines.join('\n'), citations: dedupe(citations), facts: factIds };
  }

  if (u.kind === 'count' && u.cues.organisations && !u.cues.states) {
    return {
      answered: false,
      text:
        lang === 'ar'
          ? 'لا يذكر الخبر عدد المنظمات الحاضرة: يقول فقط إن «عدداً من المنظمات متعددة الأطراف» حضر، إلى جانب ممثلي 28 دولة.'
          : 'The article gives no number: it says only that "a number of multilateral organisations" attended, besides representatives of 28 states.',
      citations: [whole],
      facts: [fact.id],
    };
  }
  return composeStatic(fact, ctx);
}

/** "Did France chair the meeting?": the co-chairs are the UAE and Germany, and no one else. */
function composeCoChairs(fact: Fact, ctx: ComposeContext): Composed {
  const countries = ctx.named.filter((e) => e.type === 'country');
  if (countries.length === 0 || !ctx.u.cues.chair) return composeStatic(fact, ctx);
  const lang = ctx.u.language;
  const lines = countries.map((entity) => {
    const name = nameIn(entity, lang);
    if (CO_CHAIRS.has(entity.id)) {
      return lang === 'ar' ? `نعم، ${name} ترأست الاجتماع بالاشتراك مع ${entity.id === 'AE' ? 'ألمانيا' : 'الإمارات'}.` : `Yes: ${name} co-chaired the meeting, with ${entity.id === 'AE' ? 'Germany' : 'the UAE'}.`;
    }
    return lang === 'ar'
      ? `لا، لم تترأس ${name} الاجتماع: ترأسته الإمارات وألمانيا بشكل مشترك.`
      : `No: ${capitalize(name)} did not chair the meeting; the UAE and Germany co-chaired it.`;
  });
  return { answered: true, text: lines.join('\n'), citations: [citationOf(fact)], facts: [fact.id] };
}

/** "Was it held in Dubai?": the meeting was in Abu Dhabi, at the ministry's headquarters. */
function composeVenue(fact: Fact, ctx: ComposeContext): Composed {
  const places = ctx.named.filter((e) => e.type === 'city' || e.type === 'country');
  if (places.length === 0 || ctx.u.kind !== 'yesno') return composeStatic(fact, ctx);
  const lang = ctx.u.language;
  const base = composeStatic(fact, ctx);
  const lines = places.map((entity) => {
    const name = nameIn(entity, lang);
    if (entity.id === 'AE') return lang === 'ar' ? 'نعم، عُقد الاجتماع في أبوظبي، في دولة الإمارات.' : 'Yes: the meeting was held in Abu Dhabi, in the UAE.';
    return lang === 'ar' ? `لا، لم يُعقد الاجتماع في ${name}، بل في أبوظبي، بديوان عام وزارة الخارجية.` : `No: the meeting was not held in ${name} but in Abu Dhabi, at the Ministry of Foreign Affairs' headquarters.`;
  });
  return { ...base, text: lines.join('\n') };
}

/** The coalition's lines of effort, listed from the entity data, each as the article words it. */
function composeLinesOfEffort(fact: Fact, ctx: ComposeContext): Composed {
  const lang = ctx.u.language;
  const lines = ctx.data.entities.linesOfEffort;
  const names = lines.map((l) => (lang === 'ar' ? l.ar.replace(/^و/, '') : l.en));
  const text =
    lang === 'ar'
      ? `تتضمن محاور جهود التحالف: ${listJoin(names, lang)}. وتنسق مجموعة العمل المعنية بالاستقرار أنشطة التحالف في هذه المحاور.`
      : `The coalition's lines of effort include ${listJoin(names, lang)}. The Stabilization Working Group coordinates the coalition's activities across them.`;
  return { ...composeStatic(fact, ctx), text };
}

function composeDate(fact: Fact, ctx: ComposeContext): Composed {
  if (!ctx.u.cues.dateDetail) return composeStatic(fact, ctx);
  return {
    answered: false,
    text:
      ctx.u.language === 'ar'
        ? 'لا يذكر الخبر تاريخاً محدداً ولا وقتاً: يقول فقط إن الاجتماع عُقد «أمس»، أي في اليوم السابق لنشر الخبر.'
        : 'The article gives no calendar date or time: it says only that the meeting was held "yesterday" (أمس), the day before it was published.',
    citations: [citationOf(fact)],
    facts: [fact.id],
  };
}

function dedupe(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.paragraph}\u0000${c.quote}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

const COMPOSERS: Record<NonNullable<Fact['compose']>, (fact: Fact, ctx: ComposeContext) => Composed> = {
  membership: composeMembership,
  attendance: composeAttendance,
  date: composeDate,
  'co-chairs': composeCoChairs,
  venue: composeVenue,
  'lines-of-effort': composeLinesOfEffort,
};

export function compose(fact: Fact, ctx: ComposeContext): Composed {
  return fact.compose ? COMPOSERS[fact.compose](fact, ctx) : composeStatic(fact, ctx);
}
