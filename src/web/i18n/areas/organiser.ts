import type { AreaCatalogue } from './area.js';

export const organiserEn = {} as const;

export const organiserSq: AreaCatalogue<typeof organiserEn> = {};

export const organiserSrCyrl: AreaCatalogue<typeof organiserEn> = {};
