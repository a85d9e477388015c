// Realistic cohort generator for the pairing benchmark (seeded, deterministic): 7 communities with
// their usual languages, interests, weekly availability, places in Kosovo and Serbia, a few
// do-not-pair entries, earlier partners and low ratings.

export function rng(s) {
  let state = s | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ------------------------------------------------------------------ realistic cohort generator

const COMMUNITIES = [
  ['kosovo-albanian', 0.4],
  ['kosovo-serb', 0.25],
  ['serbia', 0.25],
  ['roma-ashkali-egyptian', 0.04],
  ['bosniak', 0.03],
  ['gorani', 0.015],
  ['turkish', 0.015],
];
const TOPICS = [
  'freedom-of-movement',
  'civil-registry',
  'cadastre',
  'customs',
  'ibm',
  'diplomas',
  'regional-cooperation',
  'energy',
  'telecommunications',
  'justice',
  'adr-certificates',
  'licence-plates',
];
const SLOTS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].flatMap((d) =>
  ['morning', 'afternoon', 'evening'].map((p) => `${d}-${p}`),
);
const PLACES = {
  kosovo: [
    ['xk-prishtine', 42.663, 21.166],
    ['xk-prizren', 42.214, 20.741],
    ['xk-peje', 42.659, 20.288],
    ['xk-gjakove', 42.38, 20.43],
    ['xk-ferizaj', 42.37, 21.155],
    ['xk-gjilan', 42.464, 21.469],
    ['xk-mitrovice-south', 42.88, 20.87],
    ['xk-vushtrri', 42.823, 20.967],
    ['xk-podujeve', 42.911, 21.193],
    ['xk-suhareke', 42.359, 20.825],
  ],
  north: [
    ['xk-mitrovice-north', 42.894, 20.866],
    ['xk-zvecan', 42.907, 20.84],
    ['xk-zubin-potok', 42.914, 20.689],
    ['xk-leposavic', 43.103, 20.803],
    ['xk-gracanice', 42.6, 21.194],
    ['xk-shterpce', 42.24, 21.027],
  ],
  serbia: [
    ['rs-beograd', 44.787, 20.457],
    ['rs-novi-sad', 45.267, 19.833],
    ['rs-nis', 43.321, 21.896],
    ['rs-kragujevac', 44.012, 20.911],
    ['rs-novi-pazar', 43.137, 20.512],
    ['rs-kraljevo', 43.725, 20.689],
    ['rs-vranje', 42.551, 21.9],
  ],
};

export function generateCohort(n, s) {
  const r = rng(s);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const level = (pFluent, pBasic = 0.15) => {
    const x = r();
    return x < pBasic
      ? 'basic'
      : x < pBasic + pFluent
        ? 'fluent'
        : 'conversational';
  };
  const participants = [];
  for (let i = 0; i < n; i++) {
    let x = r();
    let community = COMMUNITIES[0][0];
    for (const [c, p] of COMMUNITIES) {
      if (x < p) {
        community = c;
        break;
      }
      x -= p;
    }
    const languages = [];
    const add = (code, lvl) => languages.push({ code, level: lvl });
    let region = 'kosovo';
    switch (community) {
      case 'kosovo-albanian':
        add('sq', 'fluent');
        if (r() < 0.7) add('en', level(0.4));
        if (r() < 0.1) add('sr', level(0.1, 0.5));
        if (r() < 0.1) add('de', level(0.3));
        break;
      case 'kosovo-serb':
        region = 'north';
        add('sr', 'fluent');
        if (r() < 0.55) add('en', level(0.35));
        if (r() < 0.08) add('sq', level(0.1, 0.5));
        break;
      case 'serbia':
        region = 'serbia';
        add('sr', 'fluent');
        if (r() < 0.75) add('en', level(0.45));
        if (r() < 0.15) add('de', level(0.3));
        break;
      case 'turkish':
        add('tr', 'fluent');
        add('sq', 'fluent');
        if (r() < 0.5) add('en', level(0.3));
        break;
      default:
        add(r() < 0.6 ? 'sq' : 'sr', 'fluent');
        if (r() < 0.5) add(r() < 0.5 ? 'sr' : 'sq', level(0.4));
        if (r() < 0.4) add('en', level(0.3));
        if (community === 'roma-ashkali-egyptian') add('rom', 'fluent');
    }
    const interests = [
      ...new Set(
        Array.from({ length: 2 + Math.floor(r() * 4) }, () => pick(TOPICS)),
      ),
    ];
    const availability = [
      ...new Set(
        Array.from({ length: 3 + Math.floor(r() * 6) }, () =>
          r() < 0.6
            ? pick(
                SLOTS.filter(
                  (sl) =>
                    sl.endsWith('evening') ||
                    sl.startsWith('sat') ||
                    sl.startsWith('sun'),
                ),
              )
            : pick(SLOTS),
        ),
      ),
    ];
    const place = pick(PLACES[region]);
    participants.push({
      id: `p${i}`,
      community,
      birthYear:
        r() < 0.15
          ? 2026 - 15 - Math.floor(r() * 3)
          : 2026 - 18 - Math.floor(r() * 13),
      languages,
      interests,
      availability,
      placeId: place[0],
      doNotPair: [],
      previousPartners: [],
      lowRated: [],
    });
  }
  for (const p of participants) {
    if (r() < 0.01) p.doNotPair.push(`p${Math.floor(r() * n)}`);
    const prev = Math.floor(r() * 4);
    for (let k = 0; k < prev; k++)
      p.previousPartners.push(`p${Math.floor(r() * n)}`);
    if (r() < 0.005) p.lowRated.push(`p${Math.floor(r() * n)}`);
  }
  const places = Object.values(PLACES)
    .flat()
    .map(([id, lat, lon]) => ({ id, lat, lon }));
  return {
    referenceYear: 2026,
    rules: { placePreference: 'far' },
    participants,
    places,
  };
}
