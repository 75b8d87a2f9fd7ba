// Word lists the engine reasons with. All entries are folded (see normalize.ts) when used,
// so they can be written here in their ordinary spelling.
import { fold, stem } from './normalize.js';

const foldedSet = (list: readonly string[]): Set<string> => new Set(list.map(fold));

/** Function words: they carry no topic, so they neither match nor count against a fact. */
export const STOPWORDS = foldedSet([
  // English
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'about', 'as', 'into', 'and', 'or',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'done', 'has', 'have', 'had',
  'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'it', 'its', 'this', 'that', 'these',
  'those', 'there', 'here', 'he', 'she', 'they', 'them', 'his', 'her', 'their', 'theirs', 'him', 'i', 'me', 'my',
  'we', 'our', 'you', 'your', 'what', 'whats', 'which', 'who', 'whos', 'whom', 'whose', 'where', 'wheres',
  'when', 'whens', 'why', 'how', 'hows', 'any', 'some', 'please', 'tell', 'know', 'kindly', 'give', 'show',
  'explain', 'describe', 'according', 'mention', 'mentioned', 'mentions', 'says', 'stated',
  'exactly', 'actually', 'really', 'just', 'also', 'so', 'then', 'than', 'if', 'not', 'no', 'yes', 'other',
  'many', 'much', 'most', 'very', 'one', 'ones', 'all', 'each', 'every', 'either', 'whether',
  'hi', 'hello', 'hey', 'thanks', 'thank', 'pls', 'plz', 'u', 'r', 'ur', 'get', 'got', 'like', 'gave', 'given',
  'giving', 'make', 'made', 'want', 'wanted', 'need', 'find', 'out', 'learn', 'about', 'regarding', 'concerning',
  'besides', 'else', 'apart', 'addition', 'name', 'names', 'full', 'total', 'overall', 'altogether', 'combined',
  'up', 'now', 'supposed', 'expected', 'meant', 'intended', 'able', 'going',
  'against', 'among', 'specifically', 'particularly', 'particular', 'specific', 'exactly', 'precisely', 'named', 'actual',
  // Arabic
  'من', 'في', 'على', 'عن', 'الى', 'إلى', 'ما', 'ماذا', 'مالذي', 'هل', 'هو', 'هي', 'هم', 'هما', 'هن', 'ذلك', 'تلك',
  'هذا', 'هذه', 'هؤلاء', 'التي', 'الذي', 'الذين', 'اللذان', 'اللتان', 'اللتين', 'اللذين', 'كان', 'كانت', 'كانوا',
  'يكون', 'تكون', 'أي', 'اي', 'ايه', 'كم', 'متى', 'أين', 'وين', 'لماذا', 'ليش', 'كيف', 'و', 'او', 'أو', 'ثم', 'قد',
  'لقد', 'مع', 'عند', 'لدى', 'حول', 'عنه', 'عنها', 'عنهم', 'ضد', 'الا', 'إلا', 'ان', 'أن', 'إن', 'انه', 'أنه', 'إنه', 'لا', 'لم', 'لن', 'ليس', 'غير',
  'بعض', 'جميع', 'كل', 'كلها', 'اذكر', 'أذكر', 'اخبرني', 'أخبرني', 'قل', 'لي', 'لنا', 'نعم', 'بحسب', 'حسب', 'وفق',
  'وفقا', 'يا', 'هناك', 'هنا', 'به', 'بها', 'فيه', 'فيها', 'منه', 'منها', 'عليه', 'عليها', 'له', 'لها', 'الخ',
  'ذكر', 'يذكر', 'ذكرت', 'يقول', 'مرحبا', 'شكرا', 'لو', 'سمحت', 'ممكن', 'رجاء', 'الرجاء',
  // Dialect question and function words («مين», «وش», «اللي»…)
  'اجمالا', 'إجمالا', 'الإجمالي', 'اجمالي', 'الكلي', 'بالمجمل', 'مين', 'منو', 'وش', 'شو', 'ايش', 'إيش', 'شنو', 'اللي', 'الي', 'هاي', 'هذي', 'هاذا', 'يعني', 'بس', 'عشان', 'علشان',
]);

/**
 * Words that name the article's own setting (meeting, group, coalition…). Nearly every question
 * carries one, so a fact is not faulted for lacking them; they only add a little where a fact has them.
 */
export const CONTEXT_WORDS = foldedSet([
  'meeting', 'meetings', 'group', 'working', 'workgroup', 'coalition', 'stabilization', 'stabilisation',
  // Verbs of the meeting taking place: "where/when/why was it held" turns on the question word, not on these.
  'held', 'hold', 'convened', 'convene', 'took', 'place', 'عقد', 'انعقد', 'عقدت', 'تعقد', 'يعقد',
  
  'talks', 'conference', 'summit', 'gathering', 'event', 'لقاء', 'اللقاء', 'مؤتمر', 'المؤتمر', 'قمة', 'القمة', 'محادثات',
  'المحادثات', 'international', 'global', 'anti', 'isis', 'daesh', 'article', 'news', 'report', 'story', 'text',
  'اجتماع', 'الاجتماع', 'مجموعة', 'المجموعة', 'العمل', 'عمل', 'التحالف', 'تحالف', 'الدولي', 'الاستقرار', 'استقرار',
  'داعش', 'الخبر', 'المقال', 'النص', 'التقرير', 'المعنية', 'مجموعه',
]);

/**
 * Things people ask about that this article never states (a leader, an age, a price, the weather…).
 * A question that asks for one of them is not answered from a fact that merely shares its other words.
 */
export const OUT_OF_SCOPE = foldedSet([
  'president', 'presidents', 'king', 'queen', 'prince', 'emir', 'sheikh', 'prime', 'pm', 'chancellor', 'leader', 'ruler',
  'age', 'old', 'born', 'birth', 'birthday', 'died', 'death', 'dead', 'wife', 'husband', 'married', 'children', 'kids',
  'salary', 'paid', 'earn', 'net', 'worth', 'weather', 'temperature', 'rain', 'hot', 'price', 'prices', 'cost', 'costs',
  'oil', 'gas', 'stock', 'stocks', 'market', 'dollar', 'currency', 'population', 'capital', 'gdp', 'economy',
  'football', 'match', 'score', 'won', 'win', 'election', 'elections', 'vote', 'religion', 'language', 'height', 'tall',
  'live', 'lives', 'living', 'inhabitants', 'residents', 'people live', 'phone', 'email', 'address', 'website', 'nationality', 'education', 'university', 'degree', 'hobby', 'favorite',
  'favourite', 'budget', 'money', 'million', 'billion', 'casualties', 'killed', 'deaths', 'army', 'troops', 'soldiers',
  'weapons', 'airstrikes', 'strikes', 'founded', 'established', 'year', 'years', 'month', 'hour', 'clock', 'minutes',
  // Regions: the article never sorts the members by region.
  'europe', 'european', 'asia', 'asian', 'africa', 'african', 'arab', 'gulf', 'continent',
  // The article's own making: it names no author, outlet or date of publication.
  'author', 'journalist', 'reporter', 'writer', 'newspaper', 'publisher', 'published', 'publication',
  'رئيس', 'الرئيس', 'ملك', 'الملك', 'أمير', 'الأمير', 'حاكم', 'شيخ', 'المستشارة', 'زعيم',
  'يعيش', 'يسكن', 'سكانها', 'عمر', 'عمره', 'سن', 'ولد', 'مولود', 'ميلاد', 'مواليد', 'توفي', 'وفاة', 'زوجة', 'زوجته', 'متزوج', 'أولاد', 'أبناء',
  'راتب', 'الطقس', 'طقس', 'الجو', 'حرارة', 'الحرارة', 'مطر', 'سعر', 'أسعار', 'الأسعار', 'تكلفة', 'كلفة', 'النفط', 'نفط',
  'البترول', 'الذهب', 'البورصة', 'الأسهم', 'الدولار', 'عملة', 'العملة', 'سكان', 'السكان', 'عاصمة', 'العاصمة',
  'الاقتصاد', 'كرة', 'مباراة', 'انتخابات', 'دين', 'الديانة', 'لغة', 'اللغة', 'طول', 'هاتف', 'بريد', 
  'جنسية', 'جنسيته', 'الجامعة', 'شهادة', 'ميزانية', 'أموال', 'مليون', 'مليار', 'ضحايا', 'قتلى', 'قتل', 'الجيش',
  'جنود', 'أسلحة', 'غارات', 'تأسس', 'تأسست', 'تأسيس', 'سنة', 'السنة', 'عام', 'العام', 'شهر', 'الشهر', 'ساعة', 'الساعة',
  'أوروبا', 'الأوروبية', 'أوروبية', 'آسيا', 'الآسيوية', 'أفريقيا', 'إفريقيا', 'الأفريقية', 'الإفريقية', 'العربية', 'عربية', 'الخليجية',
  'كاتب', 'الكاتب', 'مؤلف', 'صحفي', 'الصحفي', 'الصحيفة', 'صحيفة', 'نشر', 'نشرت', 'النشر',
]);

/** Words that ask for a calendar date, which the article never gives (it says only «أمس»). */
export const DATE_DETAIL = foldedSet([
  'date', 'year', 'month', 'hour', 'clock', 'calendar', 'exact', 'exactly', 'weekday', 'morning', 'evening',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'time',
  'تاريخ', 'التاريخ', 'سنة', 'السنة', 'عام', 'العام', 'شهر', 'الشهر', 'ساعة', 'الساعة', 'بالضبط', 'تحديدا', 'صباح', 'مساء',
  'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'وقت', 'الوقت',
]);

/** Words that point at membership of the working group rather than attendance of the meeting. */
export const MEMBERSHIP_CUES = foldedSet([
  'member', 'members', 'membership', 'belong', 'belongs', 'part', 'include', 'includes', 'included', 'comprise',
  'comprises', 'consist', 'consists', 'composed', 'join', 'joined', 'belonging',
  'عضو', 'عضوا', 'أعضاء', 'الأعضاء', 'عضوية', 'العضوية', 'عضويتها', 'تتألف', 'تتكون', 'تضم', 'يضم', 'منضم', 'منضمة',
  'انضم', 'انضمت', 'تشمل', 'جزء',
]);

/** Words that point at attending the meeting. */
export const ATTENDANCE_CUES = foldedSet([
  'attend', 'attended', 'attending', 'attendance', 'attendee', 'attendees', 'present', 'participate', 'participated',
  'participating', 'represented', 'representatives', 'delegation', 'delegates', 'sent', 'send', 'there', 'came', 'come',
  'showed', 'show', 'turned',
  'take', 'took', 'taking',
  'حضر', 'حضرت', 'حضور', 'الحضور', 'حاضر', 'حاضرة', 'الحاضرة', 'شارك', 'شاركت', 'المشاركة', 'مشاركة', 'ممثلون',
  'ممثلين', 'وفد', 'وفود', 'أرسلت', 'أرسل',
]);

export const STATE_CUES = foldedSet([
  'state', 'states', 'country', 'countries', 'nation', 'nations', 'government', 'governments',
  'دولة', 'دول', 'الدول', 'بلد', 'بلدان', 'البلدان', 'الدولتان', 'دولتان',
]);

export const ORGANISATION_CUES = foldedSet([
  'organization', 'organizations', 'organisation', 'organisations', 'org', 'orgs', 'bodies', 'body', 'institutions',
  'منظمة', 'منظمات', 'المنظمات', 'هيئة', 'هيئات', 'مؤسسات',
]);

export const stemSet = (set: Set<string>): Set<string> => new Set([...set].map(stem));

export const OUT_OF_SCOPE_STEMS = stemSet(OUT_OF_SCOPE);
export const CONTEXT_STEMS = stemSet(CONTEXT_WORDS);

/** Words that mark the future ("will", «سوف»): a question about what comes next. */
export const FUTURE_CUES = foldedSet(['will', 'going', 'future', 'next', 'upcoming', 'plan', 'plans', 'again', 'سوف', 'مستقبلا', 'المستقبل', 'القادم', 'القادمة', 'المقبلة']);

/** Words formed like Arabic future verbs (سـ + يـ/تـ/نـ) that are not verbs. */
export const NOT_FUTURE_VERBS = foldedSet(['سياسة', 'سياسي', 'سياسية', 'سيارة', 'سيارات', 'سنوات', 'سنوي', 'سنوية', 'سيادة', 'سيطرة', 'سيناريو', 'ستين', 'سيدة', 'سيد', 'سنغافورة', 'سيريلانكا']);

/** Words that point at chairing or hosting the meeting. */
export const CHAIR_CUES = foldedSet([
  'chair', 'chaired', 'chairs', 'chairing', 'cochair', 'cochaired', 'co', 'preside', 'presided', 'host', 'hosted', 'hosts', 'lead', 'led', 'headed',
  'ترأس', 'ترأست', 'ترأسه', 'ترأسته', 'رأس', 'رئاسة', 'برئاسة', 'استضاف', 'استضافت', 'قاد', 'قادت',
]);
