// Word lists the entity recogniser reads: titles, name particles, organisation and place cue words,
// words that look like names only because they are capitalised. Data only, all lower case, no dots.

const words = (list: string): Set<string> => new Set(list.trim().split(/\s*\|\s*/));

/** A capitalised word that names a role and is followed by the holder's name: "President Putin". */
export const TITLE_HEADS = words(`
  president | president-elect | vice-president | minister | premier | chancellor | senator | sen | sens |
  congressman | congresswoman | representative | rep | reps | governor | gov | mayor | king | queen | pope |
  prince | princess | duke | duchess | emperor | empress | sultan | emir | sheikh | sheik | ayatollah | mr | mrs |
  ms | miss | mx | dr | prof | professor | sir | dame | lord | lady | judge | justice | secretary |
  secretary-general | attorney-general | ambassador | envoy | spokesman | spokeswoman | spokesperson | general |
  gen | admiral | adm | colonel | col | lieutenant | lt | major | maj | captain | capt | sergeant | sgt |
  commander | cmdr | corporal | cpl | private | pvt | officer | detective | det | inspector | superintendent |
  supt | chairman | chairwoman | chair | ceo | cfo | coo | founder | director | commissioner | speaker | leader |
  coach | archbishop | bishop | cardinal | rabbi | imam | reverend | rev | pastor | father | sister | brother |
  patriarch | metropolitan | chief | marshal | dean | rector | provost | mufti | crown | rapper | singer |
  actor | actress | author | novelist | economist | analyst | journalist | reporter | anchor | presenter |
  lawmaker | legislator | councillor | councilman | councilwoman | alderman | assemblyman | assemblywoman |
  delegate | mep | mp | premier | taoiseach | tanaiste | viceroy | consul | attorney | prosecutor | magistrate
`);

/**
 * Titles that are followed by a name even when that name is also an ordinary English word
 * ("President Bush", "Mr Brown"); weaker titles ("General", "Leader") need a name-like word.
 */
export const STRONG_TITLES = words(`
  president | president-elect | chancellor | senator | sen | congressman | congresswoman | rep | governor | gov |
  mayor | king | queen | pope | mr | mrs | ms | miss | mx | dr | prof | professor | sir | dame | premier | minister |
  sheikh | ayatollah | sultan | emir | ambassador | judge | secretary | taoiseach
`);

/** Capitalised words that only modify a title: "Prime Minister", "Foreign Secretary", "House Speaker". */
export const TITLE_MODIFIERS = words(`
  prime | vice | deputy | foreign | defence | defense | interior | finance | health | justice | press | chief |
  executive | former | first | acting | attorney | supreme | grand | state | general | high | lieutenant |
  opposition | majority | minority | senior | junior | national | security | economy | economic | trade | labour |
  labor | home | energy | education | culture | environment | agriculture | transport | treasury | commerce |
  assistant | associate | managing | head | house | senate | party | union | regional | federal | interim |
  presidential | special | lord | crown | secretary | minister | president | commander | chairman | ex |
  governing | ruling | supreme | permanent | under | shadow | veteran | then | incoming | outgoing
`);

/** Words that may follow "Secretary of", "Minister of" inside a title. */
export const TITLE_SUBJECTS = words(`
  state | defense | defence | foreign | affairs | finance | health | justice | interior | homeland | security |
  energy | education | commerce | labor | labour | transportation | transport | treasury | agriculture | the |
  economy | trade | war | staff | police | veterans | housing | environment | culture | army | navy | industry |
  development | information | communications | digital | science | technology | tourism | sport | sports |
  internal | external | public | works | social | welfare | and | human | services | resources | national
`);

/** Lower-case particles inside personal names: "Ursula von der Leyen", "Charles de Gaulle". */
export const NAME_PARTICLES = words(`von | van | der | den | de | da | di | du | del | della | la | le | bin | ibn | al | el | dos | das | ter | ten | af | zu`);

/** Generational suffixes that are part of a name but are not its surname: "Martin Luther King Jr." */
export const NAME_SUFFIXES = words(`jr | sr | ii | iii | iv`);

/** Abbreviations that keep their full stop and do not end a sentence. */
export const ABBREVIATIONS = words(`
  mr | mrs | ms | mx | dr | prof | gov | sen | sens | rep | reps | gen | col | lt | sgt | capt | adm | maj | cmdr |
  cpl | pvt | det | supt | rev | hon | pres | st | mt | ft | jr | sr | inc | corp | co | ltd | bros | messrs |
  dept | univ | assn | ave | blvd | rd | no | vs | jan | feb | mar | apr | jun | jul | aug | sep | sept | oct |
  nov | dec | mon | tue | tues | wed | thu | thur | thurs | fri | sat | sun | approx | est | fig | vol | cf
`);

/**
 * The platform X after a preposition ("in a post on X. Mukesh Ambani said"): its full stop ends the sentence,
 * where a single capital's full stop usually marks an initial ("John F. Kennedy").
 */
export function isPlatformX(word: string, wordBefore: string | undefined): boolean {
  return word === 'X' && wordBefore !== undefined && /^(?:on|to|from|via|onto)$/.test(wordBefore);
}

/** Abbreviations after which the next capitalised word continues the same name. */
export const NAME_CONTINUING_ABBREVIATIONS = words(`
  mr | mrs | ms | mx | dr | prof | gov | sen | sens | rep | reps | gen | col | lt | sgt | capt | adm | maj |
  cmdr | cpl | pvt | det | supt | rev | hon | pres | st | mt | ft
`);

/** Organisation words that head an "X of Y" or "X for Y" name: "Bank of England", "Centers for Disease Control". */
export const ORGANIZATION_HEADS = words(`
  university | bank | ministry | department | institute | museum | church | college | school | academy |
  council | court | federation | union | association | society | board | office | commission | committee |
  league | organization | organisation | organisations | organizations | chamber | bureau | agency | centre | center |
  centers | centres | house | army | party | order | embassy | government | conference | foundation | fund |
  alliance | coalition | assembly | parliament | congregation | friends | federal | national | corps | guild |
  sisters | brotherhood | knights | daughters | sons | directorate | administration | authority | secretariat |
  panel | subcommittee | court | tribunal | network | movement | front | forces | force | navy | command |
  council | club | ministry | senate | congress
`);

/** Place words that head an "X of Y" name: "Gulf of Mexico", "Republic of Korea". */
export const PLACE_HEADS = words(`
  republic | kingdom | gulf | bay | sea | isle | isles | cape | lake | strait | straits | city | states | islands |
  province | state | commonwealth | principality | emirate | sultanate | district | county | region | port |
  sound | mouth | valley | mount | straits | land | federation | union | duchy
`);

/** First words of multi-word place names: "Mount Everest", "Lake Geneva", "Fort Worth". */
export const PLACE_PREFIXES = words(`mount | mt | lake | fort | ft | cape | port | isle | gulf | loch | lago | rio | san | santa | sao | saint | st | bad | glen | north | south | east | west | upper | lower | greater | new | central`);

/** Organisation suffixes beyond compromise's list. */
export const EXTRA_ORGANIZATION_SUFFIXES = words(`
  party | parliament | assembly | congress | senate | navy | force | forces | guard | guards | airline |
  tribune | guardian | independent | observer | standard | mirror | daily | express | network | networks |
  broadcasting | studios | studio | pictures | records | technologies | technology | solutions | ventures |
  partners | gmbh | ag | sa | nv | spa | plc | llp | lp | corp | inc | ltd | fc | cf | afc | united | rovers |
  athletic | wanderers | court | cabinet | alliance | front | movement | tribunal | secretariat | treasury |
  exchange | council | command | brigade | battalion | regiment | division | fleet | corps | commission |
  authority | agency | bank | bureau | institute | foundation | trust | charity | campaign | initiative |
  caucus | league | federation | confederation | union | association | academy | conservatory | seminary |
  polytechnic | times | post | journal | herald | gazette | telegraph | chronicle | review | magazine | weekly |
  monthly | today | tv | radio | news | media | press | wire | airways | railways | railway | rail | motors |
  foods | bancorp | holdings | group | systems | capital | energy | petroleum | oil | pharma | therapeutics |
  biotech | robotics | labs | software | games | entertainment | communications | telecom | mobile | insurance |
  images | photos | institution | institutions | laboratories | university | universities | hospital | clinic
`);

/** Place suffixes from compromise's list that are too often part of other names to decide a place. */
export const WEAK_PLACE_SUFFIXES = words(`
  state | bar | field | building | complex | camp | crossing | country | zone | ward | centre | house | hall |
  memorial | museum | gallery | library | site | way | landing | farm | arena | stadium | theater | park |
  garden | gardens | tower | palace | castle | bridge | dam | downs | estates | acres | trail | trails | pits |
  terrace | terraces | junction | village | heights | springs | falls
`);

/** Capitalised words that follow a place name inside an event or occasion: "the Alaska Summit". */
export const OCCASION_WORDS = words(`
  summit | summits | talks | meeting | meetings | conference | conferences | accord | accords | agreement | deal |
  treaty | declaration | protocol | process | format | war | wars | crisis | conflict | offensive | campaign |
  games | olympics | marathon | open | cup | championship | championships | grand prix | festival | fair |
  election | elections | referendum | primary | caucus | caucuses | riots | massacre | uprising | revolution |
  attack | attacks | bombing | earthquake | floods | fire | fires | trip | visit | tour | negotiations |
  ceasefire | truce | peace | plan | initiative | forum | dialogue | round | session | convention | rally
`);

/** Words never taken as (part of) a name on their own: function words and sentence openers. */
export const FUNCTION_WORDS = words(`
  a | an | the | and | or | but | nor | so | yet | for | of | in | on | at | by | to | from | with | without | into |
  onto | upon | about | above | across | after | against | along | amid | amidst | among | around | as | before |
  behind | below | beneath | beside | besides | between | beyond | despite | down | during | except | inside |
  like | near | off | out | outside | over | past | per | since | than | through | throughout | till | toward |
  towards | under | underneath | unless | unlike | until | up | via | within | whether | while | whilst | where |
  when | whenever | wherever | which | who | whom | whose | why | how | what | whatever | whoever | that | this |
  these | those | it | its | he | she | they | we | you | i | me | him | her | them | us | our | ours | their |
  theirs | his | hers | my | mine | your | yours | one | ones | all | both | each | every | either | neither |
  some | any | many | much | more | most | few | fewer | less | least | several | such | other | others |
  another | only | even | just | also | too | very | instead | indeed | still | already | once | later | earlier |
  today | yesterday | tomorrow | tonight | now | then | here | there | however | meanwhile | moreover |
  furthermore | therefore | thus | hence | otherwise | nevertheless | nonetheless | overall | finally |
  additionally | similarly | likewise | again | perhaps | maybe | please | thanks | thank | hello | dear | yes | no |
  not | if | because | although | though | unless | whereas | after | before | let | lets | according | asked |
  speaking | following | including | among | regarding | read | watch | listen | share | comments | comment |
  subscribe | sign | advertisement | related | photo | video | image | source | sources | update | updated |
  breaking | exclusive | live | opinion | analysis | editorial | contents | menu | home | search | login |
  click | more | next | previous | back | top | follow | like | tweet | email | print | copyright | all | rights |
  reserved | terms | privacy | policy | cookies | about | contact | help | new | old | last | first | second |
  third | mrs | ok | okay | oh | ah | well | yeah | hey | wow | sure | why | amen
`);

/** Verbs that help another: after a name, no noun of it. */
const AUXILIARIES = words(`is | are | was | were | be | been | has | have | had | will | would | could | should | can | may | might | must | do | does | did`);

/** A word in lower case after a name that may be a noun it qualifies ("told Fleet Street editors", "iPhone XS
 * handsets"): not a function word nor an auxiliary. */
export function isNounLike(word: string): boolean {
  return /^\p{Ll}/u.test(word) && !FUNCTION_WORDS.has(word) && !AUXILIARIES.has(word);
}

/** Calendar words: never entities. */
export const CALENDAR_WORDS = words(`
  january | february | march | april | may | june | july | august | september | october | november | december |
  jan | feb | mar | apr | jun | jul | aug | sep | sept | oct | nov | dec | monday | tuesday | wednesday |
  thursday | friday | saturday | sunday | mon | tue | tues | wed | thu | thur | thurs | fri | sat | sun |
  christmas | easter | ramadan | eid | thanksgiving | hanukkah | diwali | halloween | passover | lent | advent |
  weekend | spring | summer | autumn | fall | winter | am | pm | gmt | utc | bst | est | edt | pst | pdt | cet | cest
`);

/** Adjectives of nationality: "Czech" in "Czech Prime Minister Petr Fiala" is never a person, body or place. */
export const NATIONALITY_ADJECTIVES = words(`
  british | english | scottish | irish | welsh | spanish | portuguese | french | german | italian | dutch |
  flemish | polish | czech | slovak | hungarian | swedish | danish | finnish | norwegian | icelandic | turkish |
  greek | russian | ukrainian | belarusian | moldovan | georgian | armenian | azerbaijani | kazakh | uzbek |
  chinese | japanese | korean | north korean | south korean | taiwanese | vietnamese | thai | indian |
  pakistani | afghan | iranian | iraqi | syrian | lebanese | israeli | palestinian | jordanian | saudi |
  emirati | qatari | yemeni | omani | egyptian | libyan | tunisian | algerian | moroccan | sudanese |
  ethiopian | somali | kenyan | nigerian | ghanaian | south african | american | canadian | mexican |
  brazilian | argentine | argentinian | chilean | colombian | venezuelan | cuban | peruvian | australian |
  new zealander | european | asian | african | arab
`);

/**
 * Nationalities and peoples read after the tagger only ("West Indian all-rounder Phil Simmons", "Sri Lankan
 * Sanath Jayasuriya", "Chechen separatists"): GROUP_ADJECTIVES is among the tagger's features, so a change
 * there needs a new model.
 */
export const LATE_NATIONALITIES = words(`
  west indian | sri lankan | saudi arabian | puerto rican | costa rican | east timorese | sierra leonean |
  papua new guinean | bosnian serb | bosnian serbs | bosnian croat | bosnian muslim | greek cypriot |
  turkish cypriot | northern irish | latin american | middle eastern | east german | west german |
  east european | west european | west african | east african | north african | south american |
  central american | north american | south asian | southeast asian | south-east asian | new zealander |
  chechen | chechens | serb | serbs | hutu | hutus | tutsi | tutsis | uighur | uighurs | uyghur | uyghurs |
  kosovar | kosovars | bosniak | bosniaks | ingush | rohingya
`);

/**
 * Languages that are no nationality's adjective ("spoke in Mandarin", "broadcasts in Pashto and Dari"), read
 * after the tagger as named things; it took some for places. (Not those that are first names or places too:
 * "Ido", "Tonga".)
 */
export const LANGUAGES = words(`
  mandarin | cantonese | hokkien | swahili | sanskrit | hindi | urdu | pashto | dari | farsi | tagalog |
  esperanto | yiddish | latin | tamil | telugu | bengali | punjabi | gujarati | marathi | kannada | malayalam |
  odia | amharic | hausa | yoruba | igbo | zulu | xhosa | quechua | guarani | aymara | catalan | basque |
  gaelic | tigrinya | oromo | wolof | lingala | kinyarwanda | sinhala | khmer | burmese | tibetan | kurdish |
  hebrew | aramaic | coptic | sindhi | kashmiri | nepali | malay | javanese | sundanese | bahasa | afrikaans |
  frisian | breton | occitan | romansh | inuktitut | ojibwe | navajo | cherokee | maori | hawaiian | samoan |
  creole | patois
`);

/** Faiths and their rites, named things of their own ("the Hajj", "Islam's holiest site"), read after the tagger. */
export const FAITHS_AND_RITES = words(`
  islam | christianity | judaism | hinduism | buddhism | sikhism | jainism | shinto | taoism | zoroastrianism |
  catholicism | protestantism | hajj | umrah | yom kippur | rosh hashanah | eid al-fitr | eid al-adha | diwali |
  vesak | holi | nowruz
`);

/** Letters after a person's name for a rank or a degree ("Mark Tedeschi, QC,"), not the places they spell. */
// (Not SC nor KC: "Tim Scott, SC,", "Patrick Mahomes, KC," name a state and a team.)
export const POST_NOMINALS = new Set(['QC', 'MP', 'MD', 'PhD', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'MSP', 'MEP', 'RN', 'CPA', 'Esq']);

/** A company's legal form, the last word of its full name: "Volkswagen AG", "Whitlock Homes Ltd". */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Cos', 'Cos.', 'Ltd', 'Ltd.', 'LLC', 'PLC', 'Plc', 'plc', 'AG', 'GmbH', 'SA', 'NV', 'Holdings']);

/**
 * The head words of a public, learned or member body's name, last in it: "the Securities and Exchange
 * Commission", "Moi Teaching and Referral Hospital". A name ending so is a body, not a company named for its
 * founder, nor a law ("the State Administration for Market Regulation").
 */
export const BODY_HEAD_WORDS: ReadonlySet<string> = new Set([
  'Commission', 'Agency', 'Authority', 'Union', 'Hospital', 'Council', 'Committee', 'Board', 'Bureau', 'Service',
  'Services', 'Institute', 'Department', 'Ministry', 'Office', 'Foundation', 'Association', 'Society', 'Federation',
  'Centre', 'Center', 'College', 'School', 'University', 'Trust', 'Fund', 'Executive', 'Administration', 'Organisation', 'Organization',
]);

/** Bodies of state known by one word ("The Treasury 's 30-year bond", tagged a person): read after the tagger. */
export const STATE_BODIES = new Set(
  'Treasury Pentagon Fed Bundesbank Bundestag Bundesrat Knesset Duma Politburo Sejm Storting Riksdag Folketing Eduskunta Dail Seanad Majlis Riigikogu Saeima Seimas'.split(' '),
);

/** Adjectives and group nouns of nationality, religion or politics: not entities in their own right. */
export const GROUP_ADJECTIVES = new Set([...NATIONALITY_ADJECTIVES, ...words(`
  arabic | latin | latino | latina | hispanic | western |
  eastern | northern | southern | soviet | baltic | nordic | scandinavian | balkan | slavic | anglo | kurdish |
  kurd | kurds | persian | pashtun | tamil | sikh | muslim | muslims | christian | christians | jewish | jew |
  jews | catholic | catholics | protestant | protestants | orthodox | sunni | sunnis | shia | shiite | shiites |
  hindu | hindus | buddhist | buddhists | islamic | islamist | islamists | evangelical | evangelicals |
  democrat | democrats | democratic | republican | republicans | conservative | conservatives | liberal |
  liberals | tory | tories | socialist | socialists | communist | communists | nazi | nazis | marxist |
  brexiteer | brexiteers | remainer | remainers | westerner | westerners | americans | europeans | russians |
  ukrainians | british-born | allied | allies | atlantic | pacific | mediterranean | caribbean | celtic
`)]);

/** All-capital words that are not names of organisations: units, formats, roles, shouting. */
// Technical terms written in capitals, never a body's initials, whatever the tagger reads them as ("support for
// HDR", "put CSS and JSON on the job description"), time zones and currencies' codes ("UTC+12 (NZST)", "(NZD)").
// (Not AJAX, a football club; AA, a motoring body; PNG, Papua New Guinea; NFC, a football conference; API, the
// petroleum institute; TLS, a paper; LAN, an airline; NOK, a Norwegian club as often as the krone; DST, an
// investor; CAD and SAR, Hong Kong's aviation department and its region; JST and HST, a science agency and a
// telescope; RTL, a broadcaster; DRC, the Congo; ASIC, Australia's regulator; DAC, the OECD's aid committee; IPC,
// the famine monitor; PCB, Pakistan's cricket board; ABI, the insurers' association.)
export const TECHNICAL_ACRONYMS = words(`
  icbm | slbm | hdr | hdmi | wan | css | json | xml | html | http | https | sql | usb | gpu | cpu | ram | ssd | hdd | led |
  lcd | oled | url | sdk | gps | vpn | dns | tcp | 4k | 8k | hd | uhd | fps | rpg | ott | seo | saas | crm | erp |
  php | cdn | ssl | lte | rgb | pdf | jpeg | gif | mp3 | mp4 | js | wasm | rpc | jit | ide | cli | gui |
  ssh | ftp | smtp | imap | udp | posix | simd | ascii | utf | mcu | fpga | cpld | gpio | uart | spi | i2c | adc |
  lut | soc | sram | dram | eeprom |
  utc | gmt | bst | cet | cest | eet | eest | est | edt | cst | cdt | mst | mdt | pst | pdt | akst | akdt |
  aest | aedt | acst | awst | nzst | nzdt | kst |
  usd | eur | gbp | jpy | aud | nzd | chf | cny | hkd | sgd | inr | rub | zar | sek | dkk | krw | brl |
  mxn | pln | thb | idr | myr | aed | ils | egp | ngn | kes
`);

export const NON_ENTITY_ACRONYMS = words(`
  tv | ceo | cfo | cto | coo | vp | gdp | gnp | ai | agi | pm | am | ok | dna | rna | covid | utc | gmt | est |
  edt | pst | pdt | usd | eur | gbp | jpy | km | kg | mph | kph | id | iq | pc | pr | hr | vat | faq | rss | html |
  url | pdf | usb | suv | atm | cctv | icu | er | mri | hiv | aids | sars | mers | adhd | ptsd | ocd | bmi | cpr |
  rip | lol | omg | fyi | asap | diy | vr | ar | ml | nft | nfts | mvp | uv | lgbt | lgbtq | lgbtqia | ev | evs |
  ipo | etf | etfs | ceo's | api | apis | gps | lng | lpg | co2 | ppe | qr | sms | ip | it | os | ui | ux | seo |
  dj | mc | tbc | tba | aka | btw | imo | tl | dr | ps | nb | bc | ad | ce | bce | rsvp | diy | ftc | no | vs | mp |
  mps | mep | meps | ii | iii | iv | vi | vii | viii | ix | xi | xii | pt | op | ed | eds | usa's | ok'd | hq |
  wwi | wwii | nhs's | ppp | gop's | abc's | ie | eg | etc | cv | phd | mba | ba | ma | bsc | msc | llm | md |
  rn | nba's | ufc's | ufo | ufos | uap | uaps | diy | cbd | thc | lsd | mdma | ptsd | sim | pin | isbn | ssn |
  gpu | cpu | ram | ssd | hd | uhd | led | lcd | wifi | 5g | 4g | eta | asap | rsvp | fomo | yolo | wtf | smh
`);

/** Verbs of speaking that make a lone unknown capitalised word before them a person: "Zelensky said". */
export const SPEECH_VERBS = words(`said | says | told | tells | added | adds | stated | wrote | writes | asked | explained | noted | argued | insisted | warned | claimed | replied | acknowledged | tweeted | posted | recalled | conceded | admitted | announced | declared | stressed | urged | cautioned`);

/** Words before a place name that make it a location rather than a surname: "in Washington". */
export const LOCATIVE_WORDS = words(`in | at | from | to | near | into | across | outside | inside | around | toward | towards | via | through | throughout | across | visit | visited | visiting | visits`);

/** Well-known news organisations missing from compromise's lexicon, as lower-case keys. */
export const KNOWN_ORGANIZATIONS = words(`
  kremlin | pentagon | congress | senate | white house | downing street | state department | justice department |
  supreme court | federal reserve | european union | united nations | world bank | security council |
  general assembly | european commission | european parliament | house of commons | house of lords |
  house of representatives | hamas | hezbollah | hizbollah | taliban | houthis | houthi | isis | isil |
  islamic state | al qaeda | al-qaeda | boko haram | wagner | reuters | bloomberg | politico | axios |
  associated press | afp | tass | xinhua | ria novosti | interfax | gazprom | rosneft | lukoil | openai |
  anthropic | nvidia | tesla | spacex | twitter | tiktok | youtube | instagram | whatsapp | telegram | netflix |
  uber | yahoo | samsung | huawei | alibaba | tencent | pfizer | moderna | amazon | apple | meta | nasa | who | imf |
  wto | opec | asean | brics | nato | unesco | unicef | unhcr | interpol | europol | fifa | uefa | ioc |
  idf | fsb | kgb | nsa | mi5 | mi6 | gop | nhs | bbc | cnn | nbc | cbs | abc | msnbc | npr | pbs | fox news |
  sky news | al jazeera | labour | ukip | sinn fein | bundestag | duma | knesset | rada | verkhovna rada |
  politburo | eurostat | ecb | oecd | g7 | g20 | the new york times | new york times | washington post |
  wall street journal | financial times | the guardian | the times | the economist | economist
`);

/**
 * Bodies the tagger reads as people or places, known after it reads them: armed groups and news agencies. (Apart
 * from KNOWN_ORGANIZATIONS, which the rule recogniser uses and so the tagger's features: adding to that list
 * would change what the shipped model was trained on.)
 */
export const LATE_KNOWN_BODIES = words(`
  khmer rouge | tamil tigers | shining path | farc | bernama | antara | interfax | yonhap | kyodo | anadolu
  | senedd | plaid cymru | tweede kamer | eerste kamer | garda síochána | an garda síochána | garda siochana | an garda siochana | oireachtas | seanad
  | greenpeace | save the children | doctors without borders | friends of the earth | extinction rebellion | citizens advice
  | joint chiefs of staff | te pāti māori
`);
