// Warship name prefixes and the navy each belongs to: "HMS Atherstone" -> GBR.

/** Prefix -> state. A prefix only counts when a capitalized ship name follows it. */
export const SHIP_PREFIXES: Readonly<Record<string, string>> = {
  HMS: 'GBR',
  USS: 'USA',
  USNS: 'USA',
  USCGC: 'USA',
  HMAS: 'AUS',
  HMCS: 'CAN',
  HMNZS: 'NZL',
  INS: 'IND',
  JS: 'JPN',
  BRP: 'PHL',
  KRI: 'IDN',
  ROKS: 'KOR',
  KD: 'MYS',
  KM: 'MYS',
  RSS: 'SGP',
  TCG: 'TUR',
  FS: 'FRA',
  ITS: 'ITA',
  ESPS: 'ESP',
  HNLMS: 'NLD',
  FGS: 'DEU',
  HDMS: 'DNK',
  HNoMS: 'NOR',
  HSwMS: 'SWE',
  ORP: 'POL',
  NRP: 'PRT',
  BNS: 'BGD',
  PNS: 'PAK',
  HTMS: 'THA',
  RFS: 'RUS',
  ROCS: 'TWN',
};

/** "HM Ships Tamar and Spey": the plural Royal Navy prefix, as two tokens. */
export const PLURAL_SHIP_PREFIX = { first: 'HM', second: 'Ships', code: 'GBR' } as const;

/** Lowercase words allowed inside a ship name ("HMS Prince of Wales", "ROKS Sejong the Great"). */
export const SHIP_NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'de',
  'del',
  'da',
  'la',
  'van',
]);
