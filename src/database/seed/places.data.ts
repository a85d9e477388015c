// Generated from ../shared/data/places.json (Kosovo's 38 municipalities and cities in Serbia).
// Both official forms are kept; the reader's language decides which comes first.
export interface PlaceSeed {
  id: string;
  country: 'XK' | 'RS';
  names: { sq: string; 'sr-Latn': string; 'sr-Cyrl': string; en?: string };
}

export const PLACES: readonly PlaceSeed[] = [
  {
    id: 'xk-decan',
    country: 'XK',
    names: {
      sq: 'Deçan',
      'sr-Latn': 'Dečani',
      'sr-Cyrl': 'Дечани',
    },
  },
  {
    id: 'xk-dragash',
    country: 'XK',
    names: {
      sq: 'Dragash',
      'sr-Latn': 'Dragaš',
      'sr-Cyrl': 'Драгаш',
    },
  },
  {
    id: 'xk-ferizaj',
    country: 'XK',
    names: {
      sq: 'Ferizaj',
      'sr-Latn': 'Uroševac',
      'sr-Cyrl': 'Урошевац',
    },
  },
  {
    id: 'xk-fushe-kosove',
    country: 'XK',
    names: {
      sq: 'Fushë Kosovë',
      'sr-Latn': 'Kosovo Polje',
      'sr-Cyrl': 'Косово Поље',
    },
  },
  {
    id: 'xk-gjakove',
    country: 'XK',
    names: {
      sq: 'Gjakovë',
      'sr-Latn': 'Đakovica',
      'sr-Cyrl': 'Ђаковица',
    },
  },
  {
    id: 'xk-gjilan',
    country: 'XK',
    names: {
      sq: 'Gjilan',
      'sr-Latn': 'Gnjilane',
      'sr-Cyrl': 'Гњилане',
    },
  },
  {
    id: 'xk-gllogoc',
    country: 'XK',
    names: {
      sq: 'Gllogoc',
      'sr-Latn': 'Glogovac',
      'sr-Cyrl': 'Глоговац',
    },
  },
  {
    id: 'xk-gracanice',
    country: 'XK',
    names: {
      sq: 'Graçanicë',
      'sr-Latn': 'Gračanica',
      'sr-Cyrl': 'Грачаница',
    },
  },
  {
    id: 'xk-hani-i-elezit',
    country: 'XK',
    names: {
      sq: 'Hani i Elezit',
      'sr-Latn': 'Elez Han',
      'sr-Cyrl': 'Елез Хан',
    },
  },
  {
    id: 'xk-istog',
    country: 'XK',
    names: {
      sq: 'Istog',
      'sr-Latn': 'Istok',
      'sr-Cyrl': 'Исток',
    },
  },
  {
    id: 'xk-junik',
    country: 'XK',
    names: {
      sq: 'Junik',
      'sr-Latn': 'Junik',
      'sr-Cyrl': 'Јуник',
    },
  },
  {
    id: 'xk-kacanik',
    country: 'XK',
    names: {
      sq: 'Kaçanik',
      'sr-Latn': 'Kačanik',
      'sr-Cyrl': 'Качаник',
    },
  },
  {
    id: 'xk-kamenice',
    country: 'XK',
    names: {
      sq: 'Kamenicë',
      'sr-Latn': 'Kamenica',
      'sr-Cyrl': 'Каменица',
    },
  },
  {
    id: 'xk-kline',
    country: 'XK',
    names: {
      sq: 'Klinë',
      'sr-Latn': 'Klina',
      'sr-Cyrl': 'Клина',
    },
  },
  {
    id: 'xk-kllokot',
    country: 'XK',
    names: {
      sq: 'Kllokot',
      'sr-Latn': 'Klokot',
      'sr-Cyrl': 'Клокот',
    },
  },
  {
    id: 'xk-leposaviq',
    country: 'XK',
    names: {
      sq: 'Leposaviq',
      'sr-Latn': 'Leposavić',
      'sr-Cyrl': 'Лепосавић',
    },
  },
  {
    id: 'xk-lipjan',
    country: 'XK',
    names: {
      sq: 'Lipjan',
      'sr-Latn': 'Lipljan',
      'sr-Cyrl': 'Липљан',
    },
  },
  {
    id: 'xk-malisheve',
    country: 'XK',
    names: {
      sq: 'Malishevë',
      'sr-Latn': 'Mališevo',
      'sr-Cyrl': 'Малишево',
    },
  },
  {
    id: 'xk-mamushe',
    country: 'XK',
    names: {
      sq: 'Mamushë',
      'sr-Latn': 'Mamuša',
      'sr-Cyrl': 'Мамуша',
    },
  },
  {
    id: 'xk-mitrovice-jug',
    country: 'XK',
    names: {
      sq: 'Mitrovicë e Jugut',
      'sr-Latn': 'Južna Mitrovica',
      'sr-Cyrl': 'Јужна Митровица',
    },
  },
  {
    id: 'xk-mitrovice-veri',
    country: 'XK',
    names: {
      sq: 'Mitrovicë e Veriut',
      'sr-Latn': 'Severna Mitrovica',
      'sr-Cyrl': 'Северна Митровица',
    },
  },
  {
    id: 'xk-novoberde',
    country: 'XK',
    names: {
      sq: 'Novobërdë',
      'sr-Latn': 'Novo Brdo',
      'sr-Cyrl': 'Ново Брдо',
    },
  },
  {
    id: 'xk-obiliq',
    country: 'XK',
    names: {
      sq: 'Obiliq',
      'sr-Latn': 'Obilić',
      'sr-Cyrl': 'Обилић',
    },
  },
  {
    id: 'xk-partesh',
    country: 'XK',
    names: {
      sq: 'Partesh',
      'sr-Latn': 'Parteš',
      'sr-Cyrl': 'Партеш',
    },
  },
  {
    id: 'xk-peje',
    country: 'XK',
    names: {
      sq: 'Pejë',
      'sr-Latn': 'Peć',
      'sr-Cyrl': 'Пећ',
    },
  },
  {
    id: 'xk-podujeve',
    country: 'XK',
    names: {
      sq: 'Podujevë',
      'sr-Latn': 'Podujevo',
      'sr-Cyrl': 'Подујево',
    },
  },
  {
    id: 'xk-prishtine',
    country: 'XK',
    names: {
      sq: 'Prishtinë',
      'sr-Latn': 'Priština',
      'sr-Cyrl': 'Приштина',
    },
  },
  {
    id: 'xk-prizren',
    country: 'XK',
    names: {
      sq: 'Prizren',
      'sr-Latn': 'Prizren',
      'sr-Cyrl': 'Призрен',
    },
  },
  {
    id: 'xk-rahovec',
    country: 'XK',
    names: {
      sq: 'Rahovec',
      'sr-Latn': 'Orahovac',
      'sr-Cyrl': 'Ораховац',
    },
  },
  {
    id: 'xk-ranillug',
    country: 'XK',
    names: {
      sq: 'Ranillug',
      'sr-Latn': 'Ranilug',
      'sr-Cyrl': 'Ранилуг',
    },
  },
  {
    id: 'xk-shterpce',
    country: 'XK',
    names: {
      sq: 'Shtërpcë',
      'sr-Latn': 'Štrpce',
      'sr-Cyrl': 'Штрпце',
    },
  },
  {
    id: 'xk-shtime',
    country: 'XK',
    names: {
      sq: 'Shtime',
      'sr-Latn': 'Štimlje',
      'sr-Cyrl': 'Штимље',
    },
  },
  {
    id: 'xk-skenderaj',
    country: 'XK',
    names: {
      sq: 'Skënderaj',
      'sr-Latn': 'Srbica',
      'sr-Cyrl': 'Србица',
    },
  },
  {
    id: 'xk-suhareke',
    country: 'XK',
    names: {
      sq: 'Suharekë',
      'sr-Latn': 'Suva Reka',
      'sr-Cyrl': 'Сува Река',
    },
  },
  {
    id: 'xk-viti',
    country: 'XK',
    names: {
      sq: 'Viti',
      'sr-Latn': 'Vitina',
      'sr-Cyrl': 'Витина',
    },
  },
  {
    id: 'xk-vushtrri',
    country: 'XK',
    names: {
      sq: 'Vushtrri',
      'sr-Latn': 'Vučitrn',
      'sr-Cyrl': 'Вучитрн',
    },
  },
  {
    id: 'xk-zubin-potok',
    country: 'XK',
    names: {
      sq: 'Zubin Potok',
      'sr-Latn': 'Zubin Potok',
      'sr-Cyrl': 'Зубин Поток',
    },
  },
  {
    id: 'xk-zvecan',
    country: 'XK',
    names: {
      sq: 'Zveçan',
      'sr-Latn': 'Zvečan',
      'sr-Cyrl': 'Звечан',
    },
  },
  {
    id: 'rs-beograd',
    country: 'RS',
    names: {
      sq: 'Beograd',
      'sr-Latn': 'Beograd',
      'sr-Cyrl': 'Београд',
      en: 'Belgrade',
    },
  },
  {
    id: 'rs-novi-sad',
    country: 'RS',
    names: {
      sq: 'Novi Sad',
      'sr-Latn': 'Novi Sad',
      'sr-Cyrl': 'Нови Сад',
      en: 'Novi Sad',
    },
  },
  {
    id: 'rs-nis',
    country: 'RS',
    names: {
      sq: 'Nish',
      'sr-Latn': 'Niš',
      'sr-Cyrl': 'Ниш',
      en: 'Niš',
    },
  },
  {
    id: 'rs-kragujevac',
    country: 'RS',
    names: {
      sq: 'Kragujevac',
      'sr-Latn': 'Kragujevac',
      'sr-Cyrl': 'Крагујевац',
      en: 'Kragujevac',
    },
  },
  {
    id: 'rs-subotica',
    country: 'RS',
    names: {
      sq: 'Subotica',
      'sr-Latn': 'Subotica',
      'sr-Cyrl': 'Суботица',
      en: 'Subotica',
    },
  },
  {
    id: 'rs-kraljevo',
    country: 'RS',
    names: {
      sq: 'Kraljevo',
      'sr-Latn': 'Kraljevo',
      'sr-Cyrl': 'Краљево',
      en: 'Kraljevo',
    },
  },
  {
    id: 'rs-novi-pazar',
    country: 'RS',
    names: {
      sq: 'Pazari i Ri',
      'sr-Latn': 'Novi Pazar',
      'sr-Cyrl': 'Нови Пазар',
      en: 'Novi Pazar',
    },
  },
  {
    id: 'rs-krusevac',
    country: 'RS',
    names: {
      sq: 'Kruševac',
      'sr-Latn': 'Kruševac',
      'sr-Cyrl': 'Крушевац',
      en: 'Kruševac',
    },
  },
  {
    id: 'rs-cacak',
    country: 'RS',
    names: {
      sq: 'Čačak',
      'sr-Latn': 'Čačak',
      'sr-Cyrl': 'Чачак',
      en: 'Čačak',
    },
  },
  {
    id: 'rs-leskovac',
    country: 'RS',
    names: {
      sq: 'Leskovac',
      'sr-Latn': 'Leskovac',
      'sr-Cyrl': 'Лесковац',
      en: 'Leskovac',
    },
  },
  {
    id: 'rs-vranje',
    country: 'RS',
    names: {
      sq: 'Vranjë',
      'sr-Latn': 'Vranje',
      'sr-Cyrl': 'Врање',
      en: 'Vranje',
    },
  },
  {
    id: 'rs-presevo',
    country: 'RS',
    names: {
      sq: 'Preshevë',
      'sr-Latn': 'Preševo',
      'sr-Cyrl': 'Прешево',
      en: 'Preševo',
    },
  },
  {
    id: 'rs-bujanovac',
    country: 'RS',
    names: {
      sq: 'Bujanoc',
      'sr-Latn': 'Bujanovac',
      'sr-Cyrl': 'Бујановац',
      en: 'Bujanovac',
    },
  },
  {
    id: 'rs-medvedja',
    country: 'RS',
    names: {
      sq: 'Medvegjë',
      'sr-Latn': 'Medveđa',
      'sr-Cyrl': 'Медвеђа',
      en: 'Medveđa',
    },
  },
  {
    id: 'rs-raska',
    country: 'RS',
    names: {
      sq: 'Raška',
      'sr-Latn': 'Raška',
      'sr-Cyrl': 'Рашка',
      en: 'Raška',
    },
  },
  {
    id: 'rs-sabac',
    country: 'RS',
    names: {
      sq: 'Šabac',
      'sr-Latn': 'Šabac',
      'sr-Cyrl': 'Шабац',
      en: 'Šabac',
    },
  },
  {
    id: 'rs-zrenjanin',
    country: 'RS',
    names: {
      sq: 'Zrenjanin',
      'sr-Latn': 'Zrenjanin',
      'sr-Cyrl': 'Зрењанин',
      en: 'Zrenjanin',
    },
  },
  {
    id: 'rs-smederevo',
    country: 'RS',
    names: {
      sq: 'Smederevo',
      'sr-Latn': 'Smederevo',
      'sr-Cyrl': 'Смедерево',
      en: 'Smederevo',
    },
  },
  {
    id: 'rs-valjevo',
    country: 'RS',
    names: {
      sq: 'Valjevo',
      'sr-Latn': 'Valjevo',
      'sr-Cyrl': 'Ваљево',
      en: 'Valjevo',
    },
  },
  {
    id: 'rs-uzice',
    country: 'RS',
    names: {
      sq: 'Užice',
      'sr-Latn': 'Užice',
      'sr-Cyrl': 'Ужице',
      en: 'Užice',
    },
  },
];
