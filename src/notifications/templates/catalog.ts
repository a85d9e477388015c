// The words of every mail, in English, Albanian and Serbian Cyrillic. Serbian Latin is derived from
// the Cyrillic text by transliteration (deterministic in that direction only), never the reverse.
// `{name}` placeholders are filled with plain text; the renderer escapes the result for HTML.
import { cyrillicToLatin } from '../../common/text.js';

export type MailLocale = 'en' | 'sq' | 'sr-Latn' | 'sr-Cyrl';
export const MAIL_LOCALES: readonly MailLocale[] = [
  'en',
  'sq',
  'sr-Latn',
  'sr-Cyrl',
];

export function mailLocale(locale: string | null | undefined): MailLocale {
  return (MAIL_LOCALES as readonly string[]).includes(locale ?? '')
    ? (locale as MailLocale)
    : 'en';
}

/** The locale Intl formats dates and lists in (British English: day before month, 24 hours). */
export const INTL_LOCALE: Readonly<Record<MailLocale, string>> = {
  en: 'en-GB',
  sq: 'sq',
  'sr-Latn': 'sr-Latn',
  'sr-Cyrl': 'sr-Cyrl',
};

export interface Catalog {
  hello: string;
  helloFormal: string;
  helloNoName: string;
  when: string;
  where: string;
  online: string;
  organiser: string;
  eventPage: string;
  inviteNote: string;
  tentativeNote: string;
  cancelNote: string;
  footerEvent: string;
  automatic: string;
  confirmed: { subject: string; body: string };
  waitlisted: {
    subject: string;
    body: string;
    position: string;
    afterwards: string;
  };
  promoted: { subject: string; body: string };
  registrationCancelled: { subject: string; self: string; organiser: string };
  changed: { subject: string; body: string };
  cancelled: { subject: string; body: string };
  pairing: {
    subject: string;
    body: string;
    meeting: string;
    noMeeting: string;
    next: string;
    link: string;
    footer: string;
  };
  guardian: {
    subject: string;
    body: string;
    withLink: string;
    link: string;
    withoutLink: string;
    footer: string;
  };
  bulletin: {
    subject: string;
    body: string;
    action: string;
    actionUntil: string;
    link: string;
    ignore: string;
  };
  kinds: Record<string, string>;
  days: Record<string, string>;
  dayParts: Record<string, string>;
}

const en: Catalog = {
  hello: 'Hello {name},',
  helloFormal: 'Dear {name},',
  helloNoName: 'Hello,',
  when: 'When',
  where: 'Where',
  online: 'Online',
  organiser: 'Organiser',
  eventPage: 'Event page',
  inviteNote:
    'The calendar invitation attached to this e-mail adds the event to your calendar.',
  tentativeNote:
    'The attached invitation adds it to your calendar as tentative.',
  cancelNote: 'The attached cancellation removes it from your calendar.',
  footerEvent:
    'You are receiving this e-mail because you registered for this event on UraMost.',
  automatic: 'This message was sent automatically; replies are not read.',
  confirmed: {
    subject: 'Registration confirmed: {title}',
    body: 'Your place at “{title}” is confirmed. We look forward to seeing you.',
  },
  waitlisted: {
    subject: 'Waiting list: {title}',
    body: '“{title}” is full, so you are on the waiting list.',
    position: 'Your number on the waiting list: {position}.',
    afterwards:
      'If a place becomes free, you will get it automatically, in the order of the list, and we will write to you.',
  },
  promoted: {
    subject: 'A place is free for you: {title}',
    body: 'Good news: a place at “{title}” became free and it is now yours. Your registration is confirmed.',
  },
  registrationCancelled: {
    subject: 'Registration cancelled: {title}',
    self: 'Your registration for “{title}” has been cancelled, as you asked.',
    organiser:
      'The organisers have cancelled your registration for “{title}”. If you think this is a mistake, please contact them.',
  },
  changed: {
    subject: 'Changed: {title}',
    body: 'The organisers have changed the details of “{title}”. These are the current details:',
  },
  cancelled: {
    subject: 'Cancelled: {title}',
    body: 'We are sorry: the organisers have cancelled “{title}”. Your registration has been cancelled with it.',
  },
  pairing: {
    subject: 'You have a partner in {cohort}',
    body: 'In {cohort} you have been paired with {partners}.',
    meeting: 'Suggested first meeting',
    noMeeting:
      'Your profiles have no free time in common yet: agree on a time together.',
    next: 'Say hello and agree on when and where to meet in your shared conversation:',
    link: 'My pairings',
    footer:
      'You are receiving this e-mail because you take part in an exchange programme on UraMost.',
  },
  guardian: {
    subject: 'Consent for {participant} to take part in UraMost',
    body: '{participant} has signed up for UraMost, the exchange and event platform that brings young people from different communities together around the Belgrade–Pristina dialogue. Participants under 16 need the consent of a parent or guardian before they join events and exchanges, and {participant} named you as their parent or guardian.',
    withLink:
      'Please read what taking part means, and give or refuse your consent, here:',
    link: 'Consent page',
    withoutLink:
      'If you did not agree to this, or do not know {participant}, please tell the organisers: {url}',
    footer:
      'You are receiving this e-mail because a participant gave this address as the contact of their parent or guardian. If that is wrong, please ignore it.',
  },
  bulletin: {
    subject: 'Confirm your subscription to the UraMost e-bulletin',
    body: 'Someone, probably you, asked to receive the UraMost e-bulletin at this address.',
    action: 'To confirm, open this link:',
    actionUntil: 'To confirm, open this link (valid until {expires}):',
    link: 'Confirm my subscription',
    ignore:
      'If it was not you, ignore this e-mail: you will not receive anything from us.',
  },
  kinds: {
    conference: 'Conference',
    workshop: 'Workshop',
    'exchange-visit': 'Exchange visit',
    'local-meeting': 'Local meeting',
    webinar: 'Webinar',
    'peer-meeting': 'Peer meeting',
  },
  days: {
    mon: 'Monday',
    tue: 'Tuesday',
    wed: 'Wednesday',
    thu: 'Thursday',
    fri: 'Friday',
    sat: 'Saturday',
    sun: 'Sunday',
  },
  dayParts: { morning: 'morning', afternoon: 'afternoon', evening: 'evening' },
};

const sq: Catalog = {
  hello: 'Përshëndetje {name},',
  helloFormal: 'I/e nderuar {name},',
  helloNoName: 'Përshëndetje,',
  when: 'Kur',
  where: 'Ku',
  online: 'Online',
  organiser: 'Organizatori',
  eventPage: 'Faqja e ngjarjes',
  inviteNote:
    'Ftesa e kalendarit e bashkëngjitur në këtë email e shton ngjarjen në kalendarin tuaj.',
  tentativeNote:
    'Ftesa e bashkëngjitur e shton atë në kalendarin tuaj si të pakonfirmuar.',
  cancelNote: 'Anulimi i bashkëngjitur e heq atë nga kalendari juaj.',
  footerEvent:
    'E merrni këtë email sepse jeni regjistruar për këtë ngjarje në UraMost.',
  automatic: 'Ky mesazh është dërguar automatikisht; përgjigjet nuk lexohen.',
  confirmed: {
    subject: 'Regjistrimi u konfirmua: {title}',
    body: 'Vendi juaj në “{title}” është konfirmuar. Mezi presim t’ju shohim.',
  },
  waitlisted: {
    subject: 'Lista e pritjes: {title}',
    body: '“{title}” është e plotë, prandaj jeni në listën e pritjes.',
    position: 'Numri juaj në listën e pritjes: {position}.',
    afterwards:
      'Nëse lirohet një vend, do ta merrni automatikisht, sipas radhës së listës, dhe do t’ju shkruajmë.',
  },
  promoted: {
    subject: 'U lirua një vend për ju: {title}',
    body: 'Lajm i mirë: u lirua një vend në “{title}” dhe tani është i juaji. Regjistrimi juaj është konfirmuar.',
  },
  registrationCancelled: {
    subject: 'Regjistrimi u anulua: {title}',
    self: 'Regjistrimi juaj për “{title}” është anuluar, siç kërkuat.',
    organiser:
      'Organizatorët e kanë anuluar regjistrimin tuaj për “{title}”. Nëse mendoni se është gabim, ju lutemi kontaktoni ata.',
  },
  changed: {
    subject: 'Ndryshim: {title}',
    body: 'Organizatorët kanë ndryshuar të dhënat e “{title}”. Këto janë të dhënat aktuale:',
  },
  cancelled: {
    subject: 'Anuluar: {title}',
    body: 'Na vjen keq: organizatorët e kanë anuluar “{title}”. Bashkë me të është anuluar edhe regjistrimi juaj.',
  },
  pairing: {
    subject: 'Keni një partner në {cohort}',
    body: 'Në {cohort} jeni çiftuar me {partners}.',
    meeting: 'Takimi i parë i sugjeruar',
    noMeeting:
      'Profilet tuaja ende nuk kanë kohë të lirë të përbashkët: merruni vesh së bashku për një kohë.',
    next: 'Përshëndetuni dhe merruni vesh se kur dhe ku do të takoheni në bisedën tuaj të përbashkët:',
    link: 'Çiftet e mia',
    footer:
      'E merrni këtë email sepse merrni pjesë në një program shkëmbimi në UraMost.',
  },
  guardian: {
    subject: 'Pëlqimi që {participant} të marrë pjesë në UraMost',
    body: '{participant} është regjistruar në UraMost, platformën e shkëmbimeve dhe ngjarjeve që bashkon të rinj nga komunitete të ndryshme rreth dialogut Prishtinë–Beograd. Pjesëmarrësit nën 16 vjeç kanë nevojë për pëlqimin e një prindi ose kujdestari para se të marrin pjesë në ngjarje dhe shkëmbime, dhe {participant} ju ka përmendur si prind ose kujdestar.',
    withLink:
      'Ju lutemi lexoni çfarë do të thotë pjesëmarrja dhe jepni ose refuzoni pëlqimin tuaj këtu:',
    link: 'Faqja e pëlqimit',
    withoutLink:
      'Nëse nuk jeni pajtuar me këtë, ose nuk e njihni {participant}, ju lutemi njoftoni organizatorët: {url}',
    footer:
      'E merrni këtë email sepse një pjesëmarrës e ka dhënë këtë adresë si kontakt të prindit ose kujdestarit. Nëse është gabim, ju lutemi injorojeni.',
  },
  bulletin: {
    subject: 'Konfirmoni abonimin në buletinin elektronik të UraMost',
    body: 'Dikush, ndoshta ju, ka kërkuar të marrë buletinin elektronik të UraMost në këtë adresë.',
    action: 'Për ta konfirmuar, hapni këtë lidhje:',
    actionUntil:
      'Për ta konfirmuar, hapni këtë lidhje (e vlefshme deri më {expires}):',
    link: 'Konfirmo abonimin',
    ignore:
      'Nëse nuk ishit ju, injorojeni këtë email: nuk do të merrni asgjë nga ne.',
  },
  kinds: {
    conference: 'Konferencë',
    workshop: 'Punëtori',
    'exchange-visit': 'Vizitë shkëmbimi',
    'local-meeting': 'Takim lokal',
    webinar: 'Webinar',
    'peer-meeting': 'Takim mes bashkëmoshatarëve',
  },
  days: {
    mon: 'e hënë',
    tue: 'e martë',
    wed: 'e mërkurë',
    thu: 'e enjte',
    fri: 'e premte',
    sat: 'e shtunë',
    sun: 'e diel',
  },
  dayParts: { morning: 'mëngjes', afternoon: 'pasdite', evening: 'mbrëmje' },
};

const srCyrl: Catalog = {
  hello: 'Здраво, {name},',
  helloFormal: 'Поштовани/а {name},',
  helloNoName: 'Здраво,',
  when: 'Када',
  where: 'Где',
  online: 'Онлајн',
  organiser: 'Организатор',
  eventPage: 'Страница догађаја',
  inviteNote:
    'Позивница за календар приложена уз ову поруку додаје догађај у ваш календар.',
  tentativeNote: 'Приложена позивница га додаје у ваш календар као непотврђен.',
  cancelNote: 'Приложено отказивање га уклања из вашег календара.',
  footerEvent:
    'Ову поруку добијате јер сте се пријавили за овај догађај на платформи UraMost.',
  automatic: 'Порука је послата аутоматски; одговори се не читају.',
  confirmed: {
    subject: 'Пријава потврђена: {title}',
    body: 'Ваше место на догађају „{title}” је потврђено. Радујемо се што ћемо вас видети.',
  },
  waitlisted: {
    subject: 'Листа чекања: {title}',
    body: 'Догађај „{title}” је попуњен, па сте на листи чекања.',
    position: 'Ваш број на листи чекања: {position}.',
    afterwards:
      'Ако се место ослободи, добићете га аутоматски, редом са листе, и писаћемо вам.',
  },
  promoted: {
    subject: 'Ослободило се место за вас: {title}',
    body: 'Добре вести: ослободило се место на догађају „{title}” и сада је ваше. Ваша пријава је потврђена.',
  },
  registrationCancelled: {
    subject: 'Пријава отказана: {title}',
    self: 'Ваша пријава за „{title}” је отказана, како сте тражили.',
    organiser:
      'Организатори су отказали вашу пријаву за „{title}”. Ако мислите да је у питању грешка, обратите им се.',
  },
  changed: {
    subject: 'Измена: {title}',
    body: 'Организатори су изменили податке о догађају „{title}”. Ово су тренутни подаци:',
  },
  cancelled: {
    subject: 'Отказано: {title}',
    body: 'Жао нам је: организатори су отказали догађај „{title}”. Са њим је отказана и ваша пријава.',
  },
  pairing: {
    subject: 'Имате пара у програму {cohort}',
    body: 'У програму {cohort} спојени сте са: {partners}.',
    meeting: 'Предложени први сусрет',
    noMeeting:
      'Ваши профили још немају заједничко слободно време: договорите се заједно.',
    next: 'Поздравите се и договорите када и где ћете се видети у вашем заједничком разговору:',
    link: 'Моји парови',
    footer:
      'Ову поруку добијате јер учествујете у програму размене на платформи UraMost.',
  },
  guardian: {
    subject: 'Сагласност да {participant} учествује на платформи UraMost',
    body: '{participant} се пријавио/ла на UraMost, платформу за размене и догађаје која окупља младе из различитих заједница око дијалога Београда и Приштине. Учесницима млађим од 16 година потребна је сагласност родитеља или старатеља пре него што се укључе у догађаје и размене, а {participant} је навео/ла вас као родитеља или старатеља.',
    withLink:
      'Молимо вас да прочитате шта учешће подразумева и да овде дате или одбијете сагласност:',
    link: 'Страница за сагласност',
    withoutLink:
      'Ако се нисте сложили са тим, или не познајете особу {participant}, молимо вас да обавестите организаторе: {url}',
    footer:
      'Ову поруку добијате јер је један учесник навео ову адресу као контакт родитеља или старатеља. Ако је у питању грешка, занемарите је.',
  },
  bulletin: {
    subject: 'Потврдите претплату на електронски билтен UraMost',
    body: 'Неко, вероватно ви, затражио је да на ову адресу добија електронски билтен UraMost.',
    action: 'Да бисте потврдили, отворите овај линк:',
    actionUntil: 'Да бисте потврдили, отворите овај линк (важи до {expires}):',
    link: 'Потврди претплату',
    ignore:
      'Ако то нисте били ви, занемарите ову поруку: нећете ништа добити од нас.',
  },
  kinds: {
    conference: 'Конференција',
    workshop: 'Радионица',
    'exchange-visit': 'Посета у оквиру размене',
    'local-meeting': 'Локални састанак',
    webinar: 'Вебинар',
    'peer-meeting': 'Вршњачки сусрет',
  },
  days: {
    mon: 'понедељак',
    tue: 'уторак',
    wed: 'среда',
    thu: 'четвртак',
    fri: 'петак',
    sat: 'субота',
    sun: 'недеља',
  },
  dayParts: { morning: 'јутро', afternoon: 'поподне', evening: 'вече' },
};

/** Every string of a catalog transliterated (placeholders are ASCII and pass through). */
function transliterated<T>(value: T): T {
  if (typeof value === 'string') return cyrillicToLatin(value) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, transliterated(v)]),
    ) as T;
  return value;
}

export const CATALOGS: Readonly<Record<MailLocale, Catalog>> = {
  en,
  sq,
  'sr-Cyrl': srCyrl,
  'sr-Latn': transliterated(srCyrl),
};
