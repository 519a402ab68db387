// Where well-known weapon systems come from, so "Manila buys BrahMos missiles" or "the procurement of
// Tomahawk missiles" names the supplier the sentence leaves out. Facts of public record (manufacturer's state).
import type { PartyCode } from '../../schema/fact.js';

const ORIGINS: ReadonlyArray<readonly [PartyCode, string]> = [
  [
    'USA',
    'F-35|F-16|F-15|F-18|F/A-18|Super Hornet|Lightning II|Tomahawk|Patriot|PAC-2|PAC-3|Global Hawk|MQ-9|Reaper|SeaGuardian|HIMARS|Javelin|Stinger|Harpoon|Aegis|SM-3|SM-6|THAAD|Abrams|Bradley|Stryker|Apache|Black Hawk|Chinook|Osprey|MV-22|P-8|Poseidon|C-130|Hercules|E-2D|Hawkeye|AMRAAM|NASAMS|Avenger',
  ],
  [
    'RUS',
    'S-400|S-300|Su-30|Su-35|Su-57|MiG-29|MiG-35|T-90|T-72|Kalibr|Iskander|Pantsir|Tor-M\\d|Kilo-class|Ka-52|Mi-17|Mi-8',
  ],
  ['FRA', 'Rafale|Mirage|Scorpene|Exocet|Caesar howitzers?|CAESAR|Gowind|FREMM|Aster|SAMP/T|Mistral'],
  ['GBR', 'Eurofighter Typhoon|Challenger 2|Storm Shadow|Hawk trainer|Type 26|Type 31|Starstreak|NLAW'],
  ['DEU', 'Leopard|Type 209|Type 214|Type 212|IRIS-T|Gepard|Boxer|Marder|Puma IFV|MEKO'],
  ['SWE', 'Gripen|CV90|Carl Gustaf|RBS 70|Archer'],
  ['ISR', 'Iron Dome|David.s Sling|Arrow 3|Spike|Barak|Heron|Hermes 900|SPYDER|Python-5|Derby'],
  ['KOR', 'K9 Thunder|K9|K2 Black Panther|K2|FA-50|T-50|KF-21|Chunmoo|K239'],
  ['TUR', 'Bayraktar|TB2|Akinci|ANKA|Kizilelma|Hurjet'],
  ['IND', 'BrahMos|Tejas|Akash|Dhruv|Pinaka'],
  ['CHN', 'J-\\d+\\w*|JF-17|Wing Loong|CH-4|CH-5|VT-4|HQ-9|Type 054A|Type 039'],
  ['JPN', 'Mogami|US-2|P-1 patrol|Type 03|Abukuma'],
  ['ITA', 'M-346|Aermacchi|FREMM-EVO|Centauro'],
  ['NOR', 'NSM|Naval Strike Missile|JSM'],
  ['BRA', 'Super Tucano|KC-390|C-390'],
];

const PATTERNS: ReadonlyArray<readonly [PartyCode, RegExp]> = ORIGINS.map(
  ([code, names]) => [code, new RegExp(`(?<![\\w-])(?:${names})s?(?![\\w-])`)] as const,
);

/** The state whose industry makes the first named system in the text, if any is known. */
export function equipmentOrigin(text: string): { code: PartyCode; name: string; index: number } | null {
  let best: { code: PartyCode; name: string; index: number } | null = null;
  for (const [code, pattern] of PATTERNS) {
    const m = pattern.exec(text);
    if (m && (!best || m.index < best.index)) best = { code, name: m[0], index: m.index };
  }
  return best;
}
