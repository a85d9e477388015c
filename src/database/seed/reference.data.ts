import type { LocalizedNames } from '../../reference/entities/reference.entities.js';

/** Reference data seeded on every start (missing rows only, so an admin's edits are kept). */

const n = (
  en: string,
  sq: string,
  srLatn: string,
  srCyrl: string,
): LocalizedNames => ({
  en,
  sq,
  'sr-Latn': srLatn,
  'sr-Cyrl': srCyrl,
});

export const ORGANISATIONS = [
  {
    shortName: 'BCSP',
    name: 'Belgrade Centre for Security Policy',
    country: 'RS',
    base: 'Belgrade',
    website: 'https://bezbednost.org',
  },
  {
    shortName: 'BPRG',
    name: 'Balkans Policy Research Group',
    country: 'XK',
    base: 'Prishtinë / Priština',
    website: 'https://balkansgroup.org',
  },
  {
    shortName: 'D4D',
    name: 'Democracy for Development Institute',
    country: 'XK',
    base: 'Prishtinë / Priština',
    website: 'https://d4d-ks.org',
  },
  {
    shortName: 'KCSS',
    name: 'Kosovo Centre for Security Studies',
    country: 'XK',
    base: 'Prishtinë / Priština',
    website: 'https://qkss.org',
  },
  {
    shortName: 'ACTIV',
    name: 'NGO ACTIV',
    country: 'XK',
    base: 'Mitrovicë e Veriut / Severna Mitrovica',
    website: 'https://ngoaktiv.org',
  },
  {
    shortName: 'BFPE',
    name: 'Belgrade Fund for Political Excellence',
    country: 'RS',
    base: 'Belgrade',
    website: 'https://bfpe.org',
  },
  {
    shortName: 'EMinS',
    name: 'European Movement in Serbia',
    country: 'RS',
    base: 'Belgrade',
    website: 'https://emins.org',
  },
  {
    shortName: 'YUCOM',
    name: 'Lawyers Committee for Human Rights YUCOM',
    country: 'RS',
    base: 'Belgrade',
    website: 'https://www.yucom.org.rs',
  },
] as const;

export const COMMUNITIES: { id: string; names: LocalizedNames }[] = [
  {
    id: 'kosovo-albanian',
    names: n(
      'Kosovo Albanians',
      'Shqiptarët e Kosovës',
      'Kosovski Albanci',
      'Косовски Албанци',
    ),
  },
  {
    id: 'kosovo-serb',
    names: n(
      'Kosovo Serbs',
      'Serbët e Kosovës',
      'Kosovski Srbi',
      'Косовски Срби',
    ),
  },
  {
    id: 'serbia',
    names: n(
      'Citizens of Serbia',
      'Qytetarët e Serbisë',
      'Građani Srbije',
      'Грађани Србије',
    ),
  },
  {
    id: 'rae',
    names: n(
      'Roma, Ashkali and Egyptians',
      'Romët, Ashkalitë dhe Egjiptianët',
      'Romi, Aškalije i Egipćani',
      'Роми, Ашкалије и Египћани',
    ),
  },
  { id: 'bosniak', names: n('Bosniaks', 'Boshnjakët', 'Bošnjaci', 'Бошњаци') },
  { id: 'gorani', names: n('Gorani', 'Goranët', 'Goranci', 'Горанци') },
  { id: 'turkish', names: n('Turks', 'Turqit', 'Turci', 'Турци') },
  { id: 'other', names: n('Other', 'Tjetër', 'Drugo', 'Друго') },
];

export const TOPICS: { id: string; names: LocalizedNames }[] = [
  {
    id: 'freedom-of-movement',
    names: n(
      'Freedom of movement',
      'Liria e lëvizjes',
      'Sloboda kretanja',
      'Слобода кретања',
    ),
  },
  {
    id: 'civil-registry',
    names: n(
      'Civil registry',
      'Regjistri civil',
      'Matične knjige',
      'Матичне књиге',
    ),
  },
  {
    id: 'cadastral-records',
    names: n(
      'Cadastral records',
      'Regjistrat kadastralë',
      'Katastarske evidencije',
      'Катастарске евиденције',
    ),
  },
  { id: 'customs', names: n('Customs', 'Doganat', 'Carina', 'Царина') },
  {
    id: 'ibm',
    names: n(
      'Integrated border management (IBM)',
      'Menaxhimi i integruar i kufirit (IBM)',
      'Integrisano upravljanje granicom (IBM)',
      'Интегрисано управљање границом (IBM)',
    ),
  },
  {
    id: 'diplomas',
    names: n(
      'Recognition of diplomas',
      'Njohja e diplomave',
      'Priznavanje diploma',
      'Признавање диплома',
    ),
  },
  {
    id: 'regional-cooperation',
    names: n(
      'Regional cooperation',
      'Bashkëpunimi rajonal',
      'Regionalna saradnja',
      'Регионална сарадња',
    ),
  },
  { id: 'energy', names: n('Energy', 'Energjia', 'Energetika', 'Енергетика') },
  {
    id: 'telecommunications',
    names: n(
      'Telecommunications (+383)',
      'Telekomunikacioni (+383)',
      'Telekomunikacije (+383)',
      'Телекомуникације (+383)',
    ),
  },
  { id: 'justice', names: n('Justice', 'Drejtësia', 'Pravosuđe', 'Правосуђе') },
  {
    id: 'adr-certificates',
    names: n(
      'ADR certificates for dangerous goods',
      'Certifikatat ADR për mallra të rrezikshme',
      'ADR sertifikati za opasne materije',
      'ADR сертификати за опасне материје',
    ),
  },
  {
    id: 'licence-plates',
    names: n(
      'Licence plates',
      'Targat e automjeteve',
      'Registarske tablice',
      'Регистарске таблице',
    ),
  },
  {
    id: 'eu-integration',
    names: n(
      'EU integration',
      'Integrimi evropian',
      'Evropske integracije',
      'Европске интеграције',
    ),
  },
  {
    id: 'human-rights',
    names: n(
      'Human rights',
      'Të drejtat e njeriut',
      'Ljudska prava',
      'Људска права',
    ),
  },
  {
    id: 'culture',
    names: n(
      'Culture and arts',
      'Kultura dhe arti',
      'Kultura i umetnost',
      'Култура и уметност',
    ),
  },
  {
    id: 'media',
    names: n(
      'Media and disinformation',
      'Media dhe dezinformimi',
      'Mediji i dezinformacije',
      'Медији и дезинформације',
    ),
  },
  {
    id: 'environment',
    names: n('Environment', 'Mjedisi', 'Životna sredina', 'Животна средина'),
  },
  {
    id: 'youth-employment',
    names: n(
      'Youth employment',
      'Punësimi i të rinjve',
      'Zapošljavanje mladih',
      'Запошљавање младих',
    ),
  },
];

export const LANGUAGES: { id: string; names: LocalizedNames }[] = [
  { id: 'sq', names: n('Albanian', 'Shqip', 'Albanski', 'Албански') },
  { id: 'sr', names: n('Serbian', 'Serbisht', 'Srpski', 'Српски') },
  { id: 'en', names: n('English', 'Anglisht', 'Engleski', 'Енглески') },
  { id: 'tr', names: n('Turkish', 'Turqisht', 'Turski', 'Турски') },
  { id: 'bs', names: n('Bosnian', 'Boshnjakisht', 'Bosanski', 'Босански') },
  { id: 'rom', names: n('Romani', 'Romisht', 'Romski', 'Ромски') },
  { id: 'de', names: n('German', 'Gjermanisht', 'Nemački', 'Немачки') },
  { id: 'fr', names: n('French', 'Frëngjisht', 'Francuski', 'Француски') },
  { id: 'it', names: n('Italian', 'Italisht', 'Italijanski', 'Италијански') },
];
