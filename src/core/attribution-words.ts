// Closed word lists the attribution patterns read: pronouns, determiners, titles, role nouns.
// Data only; the rules live in noun-phrases.ts, coreference.ts and attribution.ts.

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those']);
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'one', 'two', 'three', 'four', 'several', 'some', 'many', 'another', 'other', 'both', 'most',
]);

/** Words that may stand between a subject and its verb: `Putin also said`, `he has said`. */
export const ADVERBS: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'again', 'once', 'previously', 'recently', 'earlier', 'repeatedly', 'further',
  'still', 'reportedly', 'subsequently', 'finally', 'simply', 'only', 'never', 'often', 'frequently', 'even',
  'already', 'just', 'first', 'last', 'now', 'today', 'yesterday', 'tonight', 'herself', 'himself', 'itself',
  'themselves', 'not', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'will', 'would',
  'could', 'can', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'shall', 'reportedly', 'allegedly',
  'once', 'long',
]);
export const BE_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'can', 'should', 'may', 'might',
  'must', 'did', 'does', 'do', 'shall',
]);

export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'with', 'to', 'for', 'by', 'of', 'from', 'at', 'in', 'on', 'about', 'against', 'between', 'than', 'into',
  'onto', 'over', 'under', 'after', 'before', 'during', 'without', 'within', 'among', 'toward', 'towards',
  'upon', 'via', 'per', 'like', 'near', 'behind', 'across', 'through', 'despite', 'amid', 'around',
  'above', 'below', 'beside', 'beneath', 'inside', 'outside', 'beyond', 'along', 'throughout', 'past', 'opposite',
]);

/** Words after which a noun phrase starts a clause (so it can be the clause's subject). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'and', 'but', 'that', 'when', 'while', 'as', 'because', 'since', 'although', 'though', 'if', 'so', 'then',
  'however', 'meanwhile', 'where', 'whereas', 'after', 'before', 'once', 'until', 'yet', 'also', 'now',
  'instead', 'still', 'later', 'earlier', 'thus', 'indeed', 'or',
]);

/** Capitalised words that start sentences but are never names. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'in', 'on', 'at', 'as', 'if', 'it', 'this', 'that', 'these', 'those',
  'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our', 'my', 'when', 'while', 'after',
  'before', 'however', 'meanwhile', 'speaking', 'asked', 'according', 'there', 'here', 'what', 'who', 'why',
  'how', 'where', 'so', 'yet', 'still', 'also', 'for', 'with', 'by', 'from', 'to', 'of', 'not', 'no', 'yes',
  'one', 'some', 'many', 'both', 'each', 'every', 'all', 'now', 'then', 'today', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'next', 'whether', 'although', 'though',
  'because', 'since', 'despite', 'instead', 'once', 'until', 'mr', 'mrs', 'ms',
]);

/** Titles before a name: stripped from a speaker's name (`President Vladimir Putin` → `Vladimir Putin`). */
export const TITLES: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof',
  'prof.', 'professor', 'sen', 'sen.', 'senator', 'rep', 'rep.', 'representative', 'gov', 'gov.', 'governor',
  'gen', 'gen.', 'general', 'secretary', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'judge',
  'justice', 'mayor', 'chairman', 'chairwoman', 'chair', 'chief', 'director', 'commissioner', 'ambassador',
  'foreign', 'defense', 'defence', 'interior', 'finance', 'health', 'lt', 'lt.', 'col', 'col.', 'capt', 'capt.',
  'sgt', 'sgt.', 'adm', 'adm.', 'sir', 'dame', 'lord', 'lady', 'rev', 'rev.', 'father', 'sheikh', 'speaker',
  'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'premier', 'emir', 'ceo', 'coach', 'officer',
  'deputy', 'state', 'former', 'acting', 'attorney', 'congressman', 'congresswoman', 'lawmaker', 'executive',
]);

/** Heads of descriptions that name a person: `the senator`, `a spokeswoman for the ministry`. */
export const PERSON_ROLES: ReadonlySet<string> = new Set([
  'leader', 'president', 'senator', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'official',
  'officials', 'secretary', 'chancellor', 'governor', 'mayor', 'chief', 'ceo', 'director', 'lawmaker',
  'lawmakers', 'congressman', 'congresswoman', 'representative', 'ambassador', 'diplomat', 'diplomats',
  'general', 'commander', 'officer', 'officers', 'prosecutor', 'prosecutors', 'judge', 'lawyer', 'lawyers',
  'attorney', 'analyst', 'analysts', 'expert', 'experts', 'economist', 'economists', 'source', 'sources',
  'witness', 'witnesses', 'resident', 'residents', 'professor', 'researcher', 'researchers', 'scientist',
  'scientists', 'doctor', 'doctors', 'author', 'writer', 'reporter', 'journalist', 'activist', 'activists',
  'candidate', 'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'chairman', 'chairwoman', 'executive',
  'executives', 'founder', 'coach', 'player', 'manager', 'captain', 'skipper', 'boss', 'midfielder', 'striker',
  'goalkeeper', 'winger', 'defender', 'quarterback', 'barrister', 'solicitor', 'counsel', 'magistrate',
  'coroner', 'detective', 'sergeant', 'constable', 'superintendent', 'surgeon', 'consultant', 'paramedic',
  'firefighter', 'pilot', 'driver', 'landlord', 'tenant', 'brother', 'sister', 'partner', 'organiser',
  'organizer', 'campaigner', 'volunteer', 'relative', 'uncle', 'aunt', 'grandmother', 'grandfather', 'head', 'adviser', 'advisor', 'advisers', 'advisors',
  'aide', 'aides', 'negotiator', 'negotiators', 'envoy', 'politician', 'politicians', 'man', 'woman', 'men',
  'women', 'teacher', 'student', 'students', 'voter', 'voters', 'critic', 'critics', 'supporter',
  'supporters', 'opponent', 'opponents', 'protester', 'protesters', 'defendant', 'victim', 'mother', 'father',
  'son', 'daughter', 'wife', 'husband', 'owner', 'worker', 'workers', 'employee', 'employees', 'chair',
  'incumbent', 'challenger', 'nominee', 'premier', 'president-elect', 'deputy', 'strategist', 'pollster',
  'historian', 'commentator', 'columnist', 'editor', 'host', 'anchor', 'actor', 'actress', 'singer', 'star',
  'veteran', 'farmer', 'parent', 'parents', 'neighbor', 'neighbour', 'friend', 'colleague', 'boss', 'founder',
  'investigator', 'investigators', 'inspector', 'police', 'soldier', 'soldiers', 'survivor', 'survivors',
  'patient', 'physician', 'nurse', 'engineer', 'banker', 'investor', 'investors', 'trader', 'traders',
  'entrepreneur', 'monarch', 'emir', 'sheikh', 'cleric', 'priest', 'bishop', 'official', 'people',
  'member', 'members', 'staff', 'user', 'users', 'poster', 'fan', 'fans', 'passenger', 'passengers', 'customer', 'customers',
  'shopkeeper', 'nurse', 'teacher', 'pensioner', 'retiree', 'negotiator', 'councillor', 'councilor', 'officer',
  // People described by their age or stage of life: `Hollis, 19, … “…,” the teenager said`.
  'teenager', 'youngster', 'schoolboy', 'schoolgirl', 'boy', 'girl', 'pupil', 'graduate', 'newcomer', 'debutant',
  'rookie',
]);

/** Heads of descriptions that name an organisation, a publication or a document. */
export const ORGANISATION_ROLES: ReadonlySet<string> = new Set([
  'ministry', 'government', 'company', 'firm', 'agency', 'newspaper', 'daily', 'paper', 'outlet',
  'broadcaster', 'network', 'channel', 'magazine', 'journal', 'party', 'group', 'organisation', 'organization',
  'committee', 'council', 'court', 'department', 'office', 'kremlin', 'commission', 'bank', 'union',
  'association', 'foundation', 'institute', 'university', 'team', 'club', 'army', 'military', 'bureau',
  'service', 'campaign', 'administration', 'embassy', 'parliament', 'senate', 'congress', 'regime',
  'authority', 'authorities', 'statement', 'report', 'document', 'study', 'survey', 'poll', 'website',
  'letter', 'filing', 'lawsuit', 'complaint', 'indictment', 'memo', 'tribunal', 'cabinet', 'presidency',
  'secretariat', 'alliance', 'coalition', 'movement', 'federation', 'corporation', 'startup', 'brand',
  'retailer', 'manufacturer', 'airline', 'insurer', 'lender', 'regulator', 'watchdog', 'charity', 'board',
  'publication', 'tabloid', 'weekly', 'station', 'studio', 'label',
]);
/** Organisation heads that are documents: never resolved to an entity. */
export const DOCUMENT_ROLES: ReadonlySet<string> = new Set([
  'statement', 'report', 'document', 'study', 'survey', 'poll', 'website', 'letter', 'filing', 'lawsuit',
  'complaint', 'indictment', 'memo',
]);

/** Verbs in a common irregular past form: they show the word before is a clause's subject. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'said', 'told', 'wrote', 'met', 'saw', 'spoke', 'gave', 'took', 'made', 'went', 'came', 'held', 'left', 'led',
  'thought', 'felt', 'knew', 'began', 'brought', 'bought', 'built', 'fought', 'found', 'got', 'kept', 'lost',
  'meant', 'paid', 'ran', 'sent', 'set', 'sat', 'stood', 'struck', 'taught', 'understood', 'won', 'chose',
  'drove', 'fell', 'flew', 'forgot', 'hid', 'hit', 'let', 'rose', 'shook', 'shot', 'sought', 'spent', 'threw',
  'withdrew', 'became', 'put', 'read', 'heard', 'drew', 'grew', 'oversaw', 'swore', 'undertook', 'upheld',
]);
