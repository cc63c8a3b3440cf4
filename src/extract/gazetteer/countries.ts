/**
 * Generic gazetteer of countries (and the EU-level metonym "Brussels"): canonical name, other names,
 * demonyms (adjectives: used to read roles like "the Ukrainian leader", never actors by themselves)
 * and capitals (an alias of the country when the capital acts: "Washington has provided").
 * `dollar`: the currency a bare "$" means in a source from this country.
 */
export interface CountryEntry {
  name: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
  /** Cities that identify a source's home country in a dateline (capital included automatically). */
  cities?: string[];
  /** Top-level domain of the country's web sites. */
  tld?: string;
  /** Currency of a bare "$" in sources from this country. */
  dollar?: string;
}

export const COUNTRIES: CountryEntry[] = [
  { name: 'United States', aliases: ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America'], demonyms: ['American', 'US', 'U.S.'], capitals: ['Washington'], cities: ['New York', 'Chicago', 'Los Angeles', 'San Francisco', 'Boston'], tld: 'us', dollar: 'USD' },
  { name: 'Ukraine', aliases: [], demonyms: ['Ukrainian'], capitals: ['Kyiv', 'Kiev'], cities: ['Lviv', 'Kharkiv', 'Odesa'], tld: 'ua' },
  { name: 'Russia', aliases: ['Russian Federation'], demonyms: ['Russian'], capitals: ['Moscow'], tld: 'ru' },
  { name: 'China', aliases: ["People's Republic of China", 'PRC'], demonyms: ['Chinese'], capitals: ['Beijing'], cities: ['Shanghai'], tld: 'cn' },
  { name: 'Japan', aliases: [], demonyms: ['Japanese'], capitals: ['Tokyo'], tld: 'jp' },
  { name: 'Germany', aliases: [], demonyms: ['German'], capitals: ['Berlin'], cities: ['Frankfurt', 'Munich', 'Hamburg', 'Düsseldorf'], tld: 'de' },
  { name: 'France', aliases: [], demonyms: ['French'], capitals: ['Paris'], tld: 'fr' },
  { name: 'United Kingdom', aliases: ['U.K.', 'UK', 'Britain', 'Great Britain'], demonyms: ['British'], capitals: ['London'], tld: 'uk' },
  { name: 'Portugal', aliases: [], demonyms: ['Portuguese'], capitals: ['Lisbon'], cities: ['Porto'], tld: 'pt' },
  { name: 'Spain', aliases: [], demonyms: ['Spanish'], capitals: ['Madrid'], tld: 'es' },
  { name: 'Italy', aliases: [], demonyms: ['Italian'], capitals: ['Rome'], tld: 'it' },
  { name: 'Poland', aliases: [], demonyms: ['Polish'], capitals: ['Warsaw'], tld: 'pl' },
  { name: 'Netherlands', aliases: ['Holland'], demonyms: ['Dutch'], capitals: ['Amsterdam', 'The Hague'], tld: 'nl' },
  { name: 'Belgium', aliases: [], demonyms: ['Belgian'], capitals: [], tld: 'be' },
  { name: 'Ireland', aliases: [], demonyms: ['Irish'], capitals: ['Dublin'], tld: 'ie' },
  { name: 'Switzerland', aliases: [], demonyms: ['Swiss'], capitals: ['Bern'], cities: ['Geneva', 'Zurich'], tld: 'ch' },
  { name: 'Austria', aliases: [], demonyms: ['Austrian'], capitals: ['Vienna'], tld: 'at' },
  { name: 'Sweden', aliases: [], demonyms: ['Swedish'], capitals: ['Stockholm'], tld: 'se' },
  { name: 'Norway', aliases: [], demonyms: ['Norwegian'], capitals: ['Oslo'], tld: 'no' },
  { name: 'Finland', aliases: [], demonyms: ['Finnish'], capitals: ['Helsinki'], tld: 'fi' },
  { name: 'Denmark', aliases: [], demonyms: ['Danish'], capitals: ['Copenhagen'], tld: 'dk' },
  { name: 'Greece', aliases: [], demonyms: ['Greek'], capitals: ['Athens'], tld: 'gr' },
  { name: 'Turkey', aliases: ['Türkiye'], demonyms: ['Turkish'], capitals: ['Ankara'], cities: ['Istanbul'], tld: 'tr' },
  { name: 'Hungary', aliases: [], demonyms: ['Hungarian'], capitals: ['Budapest'], tld: 'hu' },
  { name: 'Romania', aliases: [], demonyms: ['Romanian'], capitals: ['Bucharest'], tld: 'ro' },
  { name: 'Czech Republic', aliases: ['Czechia'], demonyms: ['Czech'], capitals: ['Prague'], tld: 'cz' },
  { name: 'Slovakia', aliases: [], demonyms: ['Slovak'], capitals: ['Bratislava'], tld: 'sk' },
  { name: 'Belarus', aliases: [], demonyms: ['Belarusian'], capitals: ['Minsk'], tld: 'by' },
  { name: 'Moldova', aliases: [], demonyms: ['Moldovan'], capitals: ['Chisinau'], tld: 'md' },
  { name: 'Georgia', aliases: [], demonyms: ['Georgian'], capitals: ['Tbilisi'], tld: 'ge' },
  { name: 'Lithuania', aliases: [], demonyms: ['Lithuanian'], capitals: ['Vilnius'], tld: 'lt' },
  { name: 'Latvia', aliases: [], demonyms: ['Latvian'], capitals: ['Riga'], tld: 'lv' },
  { name: 'Estonia', aliases: [], demonyms: ['Estonian'], capitals: ['Tallinn'], tld: 'ee' },
  { name: 'Canada', aliases: [], demonyms: ['Canadian'], capitals: ['Ottawa'], cities: ['Toronto', 'Montreal', 'Vancouver'], tld: 'ca', dollar: 'CAD' },
  { name: 'Mexico', aliases: [], demonyms: ['Mexican'], capitals: ['Mexico City'], tld: 'mx' },
  { name: 'Brazil', aliases: [], demonyms: ['Brazilian'], capitals: ['Brasília', 'Brasilia'], cities: ['São Paulo', 'Rio de Janeiro'], tld: 'br' },
  { name: 'Argentina', aliases: [], demonyms: ['Argentine', 'Argentinian'], capitals: ['Buenos Aires'], tld: 'ar' },
  { name: 'Chile', aliases: [], demonyms: ['Chilean'], capitals: ['Santiago'], tld: 'cl' },
  { name: 'Australia', aliases: [], demonyms: ['Australian'], capitals: ['Canberra'], cities: ['Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide', 'Alice Springs', 'Hobart', 'Darwin'], tld: 'au', dollar: 'AUD' },
  { name: 'New Zealand', aliases: [], demonyms: ['New Zealand'], capitals: ['Wellington'], cities: ['Auckland'], tld: 'nz', dollar: 'NZD' },
  { name: 'India', aliases: [], demonyms: ['Indian'], capitals: ['New Delhi'], cities: ['Mumbai'], tld: 'in' },
  { name: 'Pakistan', aliases: [], demonyms: ['Pakistani'], capitals: ['Islamabad'], tld: 'pk' },
  { name: 'South Korea', aliases: ['Republic of Korea'], demonyms: ['South Korean'], capitals: ['Seoul'], tld: 'kr' },
  { name: 'North Korea', aliases: ['DPRK'], demonyms: ['North Korean'], capitals: ['Pyongyang'], tld: 'kp' },
  { name: 'Taiwan', aliases: [], demonyms: ['Taiwanese'], capitals: ['Taipei'], tld: 'tw' },
  { name: 'Vietnam', aliases: ['Viet Nam'], demonyms: ['Vietnamese'], capitals: ['Hanoi'], tld: 'vn' },
  { name: 'Malaysia', aliases: [], demonyms: ['Malaysian'], capitals: ['Kuala Lumpur'], tld: 'my' },
  { name: 'Indonesia', aliases: [], demonyms: ['Indonesian'], capitals: ['Jakarta'], tld: 'id' },
  { name: 'Philippines', aliases: [], demonyms: ['Philippine', 'Filipino'], capitals: ['Manila'], tld: 'ph' },
  { name: 'Thailand', aliases: [], demonyms: ['Thai'], capitals: ['Bangkok'], tld: 'th' },
  { name: 'Singapore', aliases: [], demonyms: ['Singaporean'], capitals: [], tld: 'sg', dollar: 'SGD' },
  { name: 'Myanmar', aliases: ['Burma'], demonyms: ['Burmese'], capitals: ['Naypyidaw'], tld: 'mm' },
  { name: 'Saudi Arabia', aliases: [], demonyms: ['Saudi'], capitals: ['Riyadh'], cities: ['Jeddah'], tld: 'sa' },
  { name: 'United Arab Emirates', aliases: ['UAE'], demonyms: ['Emirati'], capitals: ['Abu Dhabi'], cities: ['Dubai'], tld: 'ae' },
  { name: 'Qatar', aliases: [], demonyms: ['Qatari'], capitals: ['Doha'], tld: 'qa' },
  { name: 'Iran', aliases: [], demonyms: ['Iranian'], capitals: ['Tehran'], tld: 'ir' },
  { name: 'Iraq', aliases: [], demonyms: ['Iraqi'], capitals: ['Baghdad'], tld: 'iq' },
  { name: 'Israel', aliases: [], demonyms: ['Israeli'], capitals: ['Jerusalem'], cities: ['Tel Aviv'], tld: 'il' },
  { name: 'Syria', aliases: [], demonyms: ['Syrian'], capitals: ['Damascus'], tld: 'sy' },
  { name: 'Egypt', aliases: [], demonyms: ['Egyptian'], capitals: ['Cairo'], tld: 'eg' },
  { name: 'South Africa', aliases: [], demonyms: ['South African'], capitals: ['Pretoria'], cities: ['Johannesburg', 'Cape Town'], tld: 'za' },
  { name: 'Nigeria', aliases: [], demonyms: ['Nigerian'], capitals: ['Abuja'], cities: ['Lagos'], tld: 'ng' },
  { name: 'Kenya', aliases: [], demonyms: ['Kenyan'], capitals: ['Nairobi'], tld: 'ke' },
  { name: 'Ethiopia', aliases: [], demonyms: ['Ethiopian'], capitals: ['Addis Ababa'], tld: 'et' },
  { name: 'Kazakhstan', aliases: [], demonyms: ['Kazakh'], capitals: ['Astana'], tld: 'kz' },
  { name: 'Venezuela', aliases: [], demonyms: ['Venezuelan'], capitals: ['Caracas'], tld: 've' },
  { name: 'Colombia', aliases: [], demonyms: ['Colombian'], capitals: ['Bogotá', 'Bogota'], tld: 'co' },
  { name: 'Cuba', aliases: [], demonyms: ['Cuban'], capitals: ['Havana'], tld: 'cu' },
];
