import type { AreaCatalogue } from './area.js';

export const liveEn = {} as const;

export const liveSq: AreaCatalogue<typeof liveEn> = {};

export const liveSrCyrl: AreaCatalogue<typeof liveEn> = {};
