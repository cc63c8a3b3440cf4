/**
 * Word tables the rules read. Generic English news vocabulary only: titles, role nouns, the head words
 * of organisation names, speech verbs. Lower-case entries; look-ups lower-case the word.
 */

/** Honorifics directly before a name ("Mr Khalil", "Ms. Liu"). */
export const HONORIFICS = new Set(['mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'prof', 'prof.', 'professor']);

/** Title words that may stand before a person's name ("Vice President", "Treasury Secretary", "Justice"). */
export const PERSON_TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'crown',
  'emperor', 'pope', 'senator', 'sen.', 'rep.', 'representative', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor',
  'councilmember', 'councillor', 'councilor', 'alderman', 'justice', 'judge', 'magistrate', 'commissioner', 'ambassador', 'envoy',
  'general', 'gen.', 'admiral', 'colonel', 'col.', 'major', 'captain', 'capt.', 'lieutenant', 'lt.', 'sergeant', 'sgt.', 'marshal',
  'chairman', 'chairwoman', 'chair', 'chairperson', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'speaker', 'leader',
  'chief', 'head', 'deputy', 'first', 'foreign', 'defence', 'defense', 'finance', 'economy', 'economic', 'trade', 'commerce',
  'treasury', 'interior', 'justice', 'energy', 'health', 'transport', 'infrastructure', 'labour', 'labor', 'agriculture',
  'state', 'national', 'security', 'adviser', 'advisor', 'attorney', 'solicitor', 'counsel', 'host', 'anchor', 'correspondent',
  'editor', 'executive', 'officer', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'owner', 'analyst', 'economist',
  'strategist', 'professor', 'mediator', 'negotiator', 'lawyer', 'barrister', 'member', 'council', 'union', 'assistant',
  'applicant', 'lead', 'senior', 'junior', 'managing', 'general', 'special', 'presidential', 'acting', 'former', 'incoming',
  'outgoing', 'interim', 'economic', 'fellow', 'researcher', 'campaigner', 'activist', 'organiser', 'organizer', 'treasurer',
  'secretary-general', 'secretary-treasurer', 'commissioner', 'rapporteur', 'minister-president', 'pastor', 'father', 'rabbi',
  'imam', 'bishop', 'archbishop', 'cardinal', 'sheikh', 'emir', 'sultan', 'dean', 'principal', 'coach', 'manager', 'partner',
  'pharmacist', 'driver', 'nurse', 'worker', 'resident', 'customer', 'passenger', 'shareholder', 'investor', 'trader',
  'technician', 'engineer', 'scientist', 'doctor', 'teacher', 'student', 'mother', 'father', 'grandmother', 'widow',
  'broker', 'banker', 'consultant', 'auditor', 'regulator', 'official', 'delegate', 'diplomat', 'representative', 'agent',
  'advocate', 'campaigner', 'spokesperson', 'commentator', 'historian', 'expert', 'secretary-treasurer', 'volunteer', 'pilot', 'attendant',
]);

/**
 * Role nouns: the head of a description that names a person's function ("the head of the presidential
 * office", "the union's secretary-treasurer"). A name followed by an appositive with one of these is a person.
 */
export const PERSON_ROLE_NOUNS = new Set([
  'president', 'minister', 'secretary', 'premier', 'chancellor', 'senator', 'governor', 'mayor', 'councilmember', 'councillor',
  'justice', 'judge', 'commissioner', 'ambassador', 'envoy', 'general', 'chairman', 'chairwoman', 'chair', 'director',
  'spokesman', 'spokeswoman', 'spokesperson', 'speaker', 'leader', 'chief', 'head', 'deputy', 'adviser', 'advisor', 'attorney',
  'counsel', 'host', 'anchor', 'correspondent', 'editor', 'executive', 'officer', 'ceo', 'cfo', 'founder', 'owner', 'analyst',
  'economist', 'strategist', 'professor', 'mediator', 'negotiator', 'lawyer', 'barrister', 'member', 'treasurer',
  'secretary-treasurer', 'secretary-general', 'partner', 'manager', 'pharmacist', 'driver', 'nurse', 'worker', 'resident',
  'customer', 'passenger', 'shareholder', 'investor', 'trader', 'engineer', 'scientist', 'doctor', 'teacher', 'student',
  'mother', 'father', 'widow', 'broker', 'banker', 'consultant', 'official', 'diplomat', 'representative', 'businessman',
  'businesswoman', 'entrepreneur', 'researcher', 'fellow', 'activist', 'campaigner', 'organiser', 'organizer', 'backer',
  'veteran', 'boss', 'applicant', 'plaintiff', 'defendant', 'witness', 'victim', 'retiree', 'pensioner', 'owner', 'operator',
  'technician', 'assistant', 'premier', 'prince', 'king', 'queen', 'monarch', 'dictator', 'politician', 'lawmaker', 'mp',
  'legislator', 'candidate', 'nominee', 'coach', 'captain', 'author', 'writer', 'journalist', 'reporter', 'columnist',
  'vice-president', 'vice-chair', 'chairperson', 'administrator', 'inspector', 'auditor', 'prosecutor', 'solicitor',
  'advocate', 'commentator', 'historian', 'expert', 'volunteer', 'pilot', 'attendant',
]);

/** Role nouns that do not name one person: "the official", "a spokesman" without a name are anonymous speakers. */
export const ANONYMOUS_HEADS = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'source', 'sources', 'aide', 'aides', 'adviser',
  'advisers', 'person', 'people', 'diplomat', 'diplomats', 'analyst', 'analysts', 'executive', 'executives', 'insider',
  'insiders', 'representative', 'representatives', 'staffer', 'negotiator', 'negotiators', 'lawmaker', 'lawmakers', 'driver',
  'drivers', 'resident', 'residents', 'customer', 'customers', 'worker', 'workers', 'member', 'members', 'statement',
  'document', 'report', 'letter', 'text', 'memo', 'filing', 'notice', 'post', 'message', 'release', 'passenger', 'passengers',
  'economist', 'economists', 'trader', 'traders', 'banker', 'bankers', 'investor', 'investors', 'minister', 'ministry',
  'mother', 'father', 'woman', 'man', 'one', 'another', 'others', 'some', 'critics', 'supporters', 'organisers', 'organizers',
]);

/** Last words of organisation names ("Transit Authority", "Holding AG", "Lawyers"). */
export const ORG_HEADS = new Set([
  'ministry', 'department', 'office', 'commission', 'council', 'authority', 'agency', 'association', 'alliance', 'union',
  'court', 'tribunal', 'bank', 'party', 'parliament', 'assembly', 'congress', 'senate', 'committee', 'administration',
  'survey', 'organization', 'organisation', 'institute', 'institution', 'university', 'college', 'school', 'hospital', 'clinic',
  'group', 'holding', 'holdings', 'partners', 'capital', 'lawyers', 'funding', 'telecommunications', 'telecom', 'motor',
  'motors', 'materials', 'airlines', 'airline', 'airways', 'air', 'express', 'exchange', 'fund', 'foundation', 'corporation',
  'corp', 'corp.', 'company', 'co', 'co.', 'inc', 'inc.', 'ltd', 'ltd.', 'limited', 'ag', 'gmbh', 'sa', 's.a.', 'sgps', 'dac',
  'plc', 'llc', 'llp', 'nv', 'n.v.', 'bv', 'spa', 's.p.a.', 'se', 'kg', 'oy', 'ab', 'asa', 'pty', 'trust', 'service', 'services',
  'police', 'army', 'navy', 'force', 'forces', 'guard', 'mission', 'embassy', 'consulate', 'cabinet', 'government',
  'directorate', 'directorate-general', 'secretariat', 'board', 'bureau', 'inspectorate', 'regulator', 'watchdog', 'network',
  'news', 'times', 'post', 'journal', 'herald', 'ledger', 'courier', 'tribune', 'gazette', 'review', 'monitor', 'wire',
  'dispatch', 'observer', 'beacon', 'daily', 'weekly', 'media', 'press', 'radio', 'television', 'tv', 'broadcasting',
  'industries', 'industry', 'energy', 'mining', 'minerals', 'metals', 'resources', 'earths', 'steel', 'oil', 'gas', 'petroleum',
  'pharmaceuticals', 'technologies', 'technology', 'systems', 'solutions', 'logistics', 'shipping', 'lines', 'railways',
  'rail', 'insurance', 'investments', 'investment', 'securities', 'advisors', 'advisers', 'consulting', 'partnership',
  'federation', 'confederation', 'chamber', 'league', 'coalition', 'movement', 'front', 'society', 'club', 'center', 'centre',
  'laboratory', 'laboratories', 'labs', 'studio', 'studios', 'brands', 'foods', 'stores', 'markets', 'electric', 'electronics',
  'automotive', 'aerospace', 'aviation', 'airport', 'works', 'mobility', 'workers', 'transit', 'transport', 'communications',
  'sindicato', 'banco', 'aéreas', 'aereas', 'líneas', 'lineas', 'comissão', 'comision', 'comisión', 'ministerio', 'ministère', 'bundesamt', 'gesellschaft',
]);

/** Words that open an organisation's name ("Ministry of …", "Office of the …", "Sindicato dos …"). */
export const ORG_OPENERS = new Set([
  'ministry', 'department', 'office', 'court', 'bank', 'council', 'commission', 'committee', 'cabinet', 'house', 'chamber',
  'federation', 'union', 'university', 'institute', 'college', 'board', 'bureau', 'agency', 'directorate', 'directorate-general',
  'secretariat', 'organization', 'organisation', 'association', 'league', 'party', 'sindicato', 'banco', 'comissão', 'group',
]);

/** Legal-form suffixes written after a comma ("Atlântica Linhas Aéreas, S.A.", "Lusitânia Capital, SGPS"). */
export const LEGAL_SUFFIXES = new Set(['s.a.', 'sa', 'sgps', 'inc.', 'inc', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'gmbh', 'n.v.', 'nv', 'se', 's.p.a.', 'spa', 'dac', 'pty', 'co.', 'corp.', 'l.p.', 'lp']);

/** Nouns that describe an organisation, before or after its name ("carmaker Ford", "Corvane, the telco"). */
export const ORG_DESCRIPTORS = new Set([
  'company', 'firm', 'group', 'carmaker', 'automaker', 'maker', 'manufacturer', 'producer', 'miner', 'airline', 'carrier',
  'bank', 'lender', 'insurer', 'fund', 'investor', 'retailer', 'supplier', 'telco', 'operator', 'conglomerate', 'startup',
  'start-up', 'broker', 'brokerage', 'consultancy', 'house', 'exchange', 'regulator', 'watchdog', 'union', 'agency', 'broadcaster',
  'newspaper', 'outlet', 'network', 'publisher', 'giant', 'utility', 'developer', 'refiner', 'processor', 'shipper',
  'association', 'alliance', 'lobby', 'body', 'charity', 'party', 'authority', 'ministry', 'department', 'paper', 'daily',
  'subsidiary', 'unit', 'arm', 'owner', 'shareholder', 'holding', 'firm', 'chain', 'platform', 'provider',
]);

/** Speech and stance verbs, all forms used in attribution ("said", "told", "says", "added"). */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stressed', 'stresses', 'noted', 'notes', 'wrote', 'writes',
  'posted', 'posts', 'argued', 'argues', 'asked', 'asks', 'warned', 'warns', 'insisted', 'insists', 'explained', 'explains',
  'recalled', 'recalls', 'replied', 'replies', 'responded', 'responds', 'declared', 'declares', 'announced', 'announces',
  'tweeted', 'continued', 'continues', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'claimed', 'claims',
  'complained', 'complains', 'conceded', 'concedes', 'countered', 'counters', 'emphasised', 'emphasized', 'emphasises',
  'emphasizes', 'observed', 'remarked', 'suggested', 'suggests', 'urged', 'urges', 'vowed', 'vows', 'called', 'calls',
  'described', 'describes', 'quipped', 'shouted', 'testified', 'testifies', 'predicted', 'predicts', 'pledged', 'promised',
  'promises', 'repeated', 'reiterated', 'confirmed', 'confirms', 'denied', 'denies', 'agreed', 'agrees', 'alleged', 'alleges',
  'alleging', 'saying', 'telling', 'adding', 'writing', 'arguing', 'stressing', 'calling', 'told', 'cautioned', 'cautions',
  'answered', 'answers', 'objected', 'thanked', 'accused', 'accuses', 'hailed', 'praised', 'branded', 'dismissed',
  'labelled', 'labeled', 'termed', 'put', 'summed', 'mused', 'boasted', 'joked', 'lamented', 'conceded', 'maintained',
  'maintains', 'stated', 'states', 'wondered', 'demanded', 'demands', 'proposed', 'proposes', 'rejected', 'rejects',
  'announced', 'signalled', 'signaled', 'indicated', 'indicates', 'hinted', 'assured', 'assures', 'reassured', 'estimated',
  'estimates', 'forecast', 'forecasts', 'reported', 'reports', 'quoted', 'quotes', 'heard', 'hears', 'read', 'show', 'shows',
  'showed', 'according',
]);

/** Verbs that report a stance without a quotation: used for Statements. */
export const STANCE_VERBS = new Set([
  'said', 'says', 'told', 'rejected', 'rejects', 'ruled', 'demanded', 'demands', 'proposed', 'proposes', 'called', 'calls',
  'urged', 'urges', 'warned', 'warns', 'insisted', 'insists', 'denied', 'denies', 'accused', 'accuses', 'refused', 'refuses',
  'vowed', 'vows', 'promised', 'promises', 'pledged', 'pledges', 'suggested', 'suggests', 'acknowledged', 'acknowledges',
  'agreed', 'agrees', 'announced', 'announces', 'argued', 'argues', 'threatened', 'threatens', 'offered', 'offers',
  'welcomed', 'welcomes', 'criticised', 'criticized', 'criticises', 'criticizes', 'dismissed', 'dismisses', 'defended',
  'defends', 'backed', 'backs', 'opposed', 'opposes', 'confirmed', 'confirms', 'emphasized', 'emphasised', 'stressed',
  'indicated', 'signalled', 'signaled', 'declined', 'conceded', 'concedes', 'admitted', 'admits', 'claimed', 'claims',
  'alleged', 'alleges', 'predicted', 'predicts', 'expects', 'expected', 'wants', 'wanted', 'sought', 'seeks',
]);

/** Months and weekdays (never names). */
export const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'jan', 'feb', 'aug', 'sept',
  'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'easter', 'christmas',
]);

/** Capitalised words that start sentences or headlines but are not names. */
export const COMMON_CAPITALISED = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'if', 'when', 'while', 'as', 'at', 'in', 'on', 'of', 'for', 'to',
  'from', 'by', 'with', 'without', 'after', 'before', 'since', 'until', 'during', 'under', 'over', 'about', 'against', 'between',
  'among', 'into', 'through', 'across', 'around', 'near', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he',
  'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'who', 'what', 'which',
  'where', 'why', 'how', 'all', 'both', 'each', 'every', 'some', 'many', 'most', 'more', 'much', 'few', 'several', 'no', 'not',
  'yes', 'also', 'still', 'even', 'only', 'just', 'then', 'now', 'later', 'earlier', 'meanwhile', 'however', 'although',
  'though', 'because', 'despite', 'according', 'asked', 'speaking', 'under', 'unlike', 'like', 'once', 'other', 'another',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'second', 'third', 'last', 'next',
  'new', 'former', 'senior', 'top', 'local', 'state', 'federal', 'national', 'do', 'does', 'did', 'is', 'are', 'was', 'were',
  'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'let', "let's",
  'dear', 'hopefully', 'regarding', 'following', 'including', 'excluding', 'amid', 'within', 'via', 'per', 'shortly', 'hours',
  'minutes', 'days', 'weeks', 'months', 'years', 'today', 'yesterday', 'tomorrow', 'tonight', 'photo', 'photograph', 'image',
  'video', 'listen', 'read', 'watch', 'related', 'advertisement', 'subscribe', 'sign', 'home', 'news', 'more', 'share', 'full',
  'our', 'everyone', 'nobody', 'everything', 'nothing', 'something', 'anyone', 'someone', 'whether', 'either', 'neither',
  'mr', 'ms', 'mrs', 'dr', 'oh', 'well', 'thank', 'thanks', 'please', 'sorry', 'okay', 'ok', 'good', 'great', 'yesterday',
]);

/**
 * Words that mark a capitalised phrase as something other than a person or organisation: named events,
 * documents, places, buildings ("Munich Security Conference", "Cannery Row", "Lancaster House").
 */
export const NON_ACTOR_HEADS = new Set([
  'conference', 'summit', 'forum', 'meeting', 'talks', 'games', 'cup', 'olympics', 'festival', 'week', 'day', 'war', 'plan',
  'act', 'bill', 'law', 'agreement', 'accord', 'treaty', 'deal', 'pact', 'framework', 'strategy', 'programme', 'program',
  'initiative', 'index', 'report', 'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'lane', 'row', 'square', 'plaza',
  'bridge', 'tower', 'hotel', 'hall', 'palace', 'park', 'station', 'airport', 'stadium', 'arena', 'building', 'centre',
  'region', 'province', 'oblast', 'state', 'county', 'district', 'city', 'town', 'village', 'island', 'islands', 'river',
  'sea', 'ocean', 'gulf', 'bay', 'valley', 'mountains', 'mountain', 'desert', 'coast', 'peninsula', 'springs', 'heights',
  'crisis', 'era', 'age', 'revolution', 'election', 'elections', 'campaign', 'case', 'trial', 'inquiry',
  'consensus', 'round', 'prize', 'award', 'awards', 'doctrine', 'protocol', 'convention', 'declaration', 'charter', 'code',
  'terms', 'policy', 'cookie', 'cookies', 'privacy', 'settings', 'newsletter', 'podcast', 'podcasts', 'opinion', 'sport',
  'europe', 'asia', 'africa', 'americas', 'middle', 'east', 'west', 'north', 'south', 'eastern', 'western', 'northern',
  'southern', 'central', 'pacific', 'atlantic', 'arctic', 'crimea', 'donbas', 'world',
]);

/** Pronouns that take the last named person as speaker. */
export const PERSON_PRONOUNS = new Set(['he', 'she']);
