// Weapon systems and the state whose industry makes them (this file: the types, the row reader, the Americas).
import type { PartyCode } from '../../schema/fact.js';

export type WeaponKind =
  | 'aircraft'
  | 'helicopter'
  | 'drone'
  | 'missile'
  | 'air_defense'
  | 'ship'
  | 'submarine'
  | 'tank'
  | 'armored_vehicle'
  | 'artillery'
  | 'small_arms'
  | 'radar'
  | 'other';

export interface WeaponSystem {
  /** Names and common spellings; names without a lower-case letter ("K9", "HIMARS") match in that case only. */
  names: readonly string[];
  /** ISO alpha-3 of the state whose industry makes (and exports) the system. */
  origin: PartyCode;
  kind: WeaponKind;
  /** Also an ordinary word or another thing ("Patriot", "Leopard"): needs a military noun or model number. */
  ambiguous?: boolean;
  /** Why the origin is what it is, for multinational programmes and licensed designs. */
  note?: string;
  source: string;
}

// Wikipedia's search jumps straight to the article when the title (or a redirect) exists, and lists the
// articles that cover the system otherwise, so a source never dead-ends on a mistyped title.
const wiki = (title: string) =>
  `https://en.wikipedia.org/wiki/Special:Search?go=Go&search=${encodeURIComponent(title)}`;

/**
 * Rows made by one state's industry, one system a row, kept to a line each so the catalogue stays readable:
 * `kind: Name|Name|Name @ article title # note`, a leading `~` marking an ambiguous system. The article
 * title defaults to the first name.
 */
export function madeIn(origin: PartyCode, rows: readonly string[]): WeaponSystem[] {
  return rows.map((row) => {
    const m = /^(~)?(\w+):\s*([^@#]+?)\s*(?:@\s*([^#]+?)\s*)?(?:#\s*(.+))?$/.exec(row);
    if (!m) throw new Error(`bad weapon row: ${row}`);
    const [, amb, kind, names, title, note] = m;
    const list = names!.split('|').map((n) => n.trim());
    const system: WeaponSystem = {
      names: list,
      origin,
      kind: kind as WeaponKind,
      source: title?.startsWith('https://') ? title : wiki(title ?? list[0]!),
    };
    if (amb) system.ambiguous = true;
    if (note) system.note = note;
    return system;
  });
}

export const WEAPON_SYSTEMS_AMERICAS: readonly WeaponSystem[] = [
  ...madeIn('USA', [
    // Combat and support aircraft.
    'aircraft: F-35|F35|Lightning II|Joint Strike Fighter|JSF @ Lockheed Martin F-35 Lightning II',
    'aircraft: F-16|F16|Fighting Falcon|F-16 Viper @ General Dynamics F-16 Fighting Falcon',
    'aircraft: F-15|F15|Strike Eagle|F-15EX Eagle II @ McDonnell Douglas F-15 Eagle',
    'aircraft: F/A-18|F-18|F18|FA-18|Super Hornet @ Boeing F/A-18E/F Super Hornet',
    '~aircraft: Hornet @ McDonnell Douglas F/A-18 Hornet',
    'aircraft: F-22|F22 @ Lockheed Martin F-22 Raptor',
    '~aircraft: Raptor @ Lockheed Martin F-22 Raptor',
    'aircraft: F-5|F-5E|Tiger II @ Northrop F-5',
    'aircraft: A-10|A-10 Warthog|Thunderbolt II @ Fairchild Republic A-10 Thunderbolt II',
    'aircraft: B-52|B-52H|Stratofortress @ Boeing B-52 Stratofortress',
    'aircraft: B-1B|B-1 Lancer @ Rockwell B-1 Lancer',
    'aircraft: B-2 Spirit|B-2 bomber @ Northrop B-2 Spirit',
    'aircraft: B-21|B-21 Raider @ Northrop Grumman B-21 Raider',
    'aircraft: C-130|C130|C-130J Super Hercules @ Lockheed C-130 Hercules',
    '~aircraft: Hercules @ Lockheed C-130 Hercules',
    'aircraft: C-17|C-17 Globemaster|Globemaster III @ Boeing C-17 Globemaster III',
    'aircraft: KC-46|KC-46A Pegasus @ Boeing KC-46 Pegasus',
    'aircraft: KC-135|Stratotanker @ Boeing KC-135 Stratotanker',
    'aircraft: P-8|P-8A|P-8I|P-8 Poseidon @ Boeing P-8 Poseidon',
    '~aircraft: Poseidon @ Boeing P-8 Poseidon',
    'aircraft: P-3 Orion|P-3C|P-3 @ Lockheed P-3 Orion',
    'aircraft: E-2D|E-2 Hawkeye|E-2C @ Northrop Grumman E-2 Hawkeye',
    '~aircraft: Hawkeye @ Northrop Grumman E-2 Hawkeye',
    'aircraft: E-7 Wedgetail|E-7|Wedgetail @ Boeing E-7 Wedgetail',
    'aircraft: E-3 Sentry|E-3 AWACS|E-3 @ Boeing E-3 Sentry',
    'aircraft: EA-18G|EA-18G Growler @ Boeing EA-18G Growler',
    '~aircraft: Growler @ Boeing EA-18G Growler',
    'aircraft: T-7 Red Hawk|T-7A @ Boeing–Saab T-7 Red Hawk',
    'aircraft: T-6 Texan II|T-6 Texan|T-6C @ Beechcraft T-6 Texan II',
    'aircraft: AC-130|AC-130J Ghostrider @ Lockheed AC-130',
    'aircraft: King Air 350|Beechcraft King Air @ Beechcraft King Air',
    'aircraft: Cessna 208|Cessna Caravan|AC-208 @ Cessna 208 Caravan',
    // Helicopters and tiltrotors.
    'helicopter: AH-64|AH-64E|Apache Guardian @ Boeing AH-64 Apache',
    '~helicopter: Apache @ Boeing AH-64 Apache',
    'helicopter: UH-60|UH-60M|S-70i|S-70 Black Hawk @ Sikorsky UH-60 Black Hawk',
    '~helicopter: Black Hawk|Blackhawk @ Sikorsky UH-60 Black Hawk',
    'helicopter: CH-47|CH-47F @ Boeing CH-47 Chinook',
    '~helicopter: Chinook @ Boeing CH-47 Chinook',
    'helicopter: CH-53K|CH-53|King Stallion @ Sikorsky CH-53K King Stallion',
    'helicopter: MV-22|V-22|CV-22|MV-22B|V-22 Osprey @ Bell Boeing V-22 Osprey',
    '~helicopter: Osprey @ Bell Boeing V-22 Osprey',
    'helicopter: AH-1Z|AH-1Z Viper|AH-1 Cobra|AH-1W SuperCobra|AH-1 @ Bell AH-1Z Viper',
    'helicopter: UH-1Y|UH-1Y Venom|UH-1H|UH-1 Huey|Huey II @ Bell UH-1Y Venom',
    'helicopter: MH-60R|MH-60|MH-60S|MH-60R Seahawk|SH-60 @ Sikorsky SH-60 Seahawk',
    '~helicopter: Seahawk|Romeo @ Sikorsky SH-60 Seahawk',
    'helicopter: OH-58|OH-58 Kiowa|Kiowa Warrior @ Bell OH-58 Kiowa',
    'helicopter: MD 530F|MD 530G|MD-530 @ MD Helicopters MD 500',
    'helicopter: Bell 412|Bell 412EPI|Bell 407 @ Bell 412',
    'helicopter: MH-139|MH-139 Grey Wolf @ Boeing MH-139 Grey Wolf',
    // Drones.
    'drone: MQ-9|MQ-9A|MQ-9B|MQ-9 Reaper|SeaGuardian|SkyGuardian|Predator B @ General Atomics MQ-9 Reaper',
    '~drone: Reaper @ General Atomics MQ-9 Reaper',
    'drone: MQ-1|MQ-1C Gray Eagle|Gray Eagle|MQ-1 Predator @ General Atomics MQ-1C Gray Eagle',
    '~drone: Predator @ General Atomics MQ-1 Predator',
    'drone: RQ-4|Global Hawk|RQ-4 Global Hawk @ Northrop Grumman RQ-4 Global Hawk',
    'drone: MQ-4C|MQ-4C Triton @ Northrop Grumman MQ-4C Triton',
    'drone: ScanEagle|Scan Eagle @ Boeing Insitu ScanEagle',
    'drone: RQ-21 Blackjack|RQ-21 @ Boeing Insitu RQ-21 Blackjack',
    'drone: RQ-7 Shadow|RQ-7 @ AAI RQ-7 Shadow',
    'drone: Switchblade 300|Switchblade 600 @ AeroVironment Switchblade',
    '~drone: Switchblade @ AeroVironment Switchblade',
    'drone: Phoenix Ghost @ AEVEX Phoenix Ghost',
    'drone: RQ-20 Puma|AeroVironment Puma @ AeroVironment RQ-20 Puma',
    'drone: RQ-11 Raven|RQ-11 @ AeroVironment RQ-11 Raven',
    'drone: MQ-25 Stingray|MQ-25 @ Boeing MQ-25 Stingray',
    'drone: MQ-8 Fire Scout|Fire Scout @ Northrop Grumman MQ-8 Fire Scout',
    // Missiles and munitions.
    'missile: Tomahawk|BGM-109|Tomahawk Land Attack Missile|TLAM @ Tomahawk (missile)',
    'missile: AGM-84|RGM-84|Harpoon Block II|Harpoon missile @ Harpoon (missile)',
    '~missile: Harpoon @ Harpoon (missile)',
    'missile: SM-3|SM-6|SM-2|Standard Missile|SM-3 Block IIA|RIM-161|RIM-174 @ RIM-161 Standard Missile 3',
    'missile: ESSM|Evolved Sea Sparrow Missile|RIM-162|Sea Sparrow|RIM-7 @ RIM-162 ESSM',
    'missile: AMRAAM|AIM-120|AIM-120D|AIM-120C @ AIM-120 AMRAAM',
    'missile: AIM-9X|AIM-9|AIM-9 Sidewinder @ AIM-9 Sidewinder',
    '~missile: Sidewinder @ AIM-9 Sidewinder',
    'missile: AGM-114|Hellfire missile|AGM-114 Hellfire @ AGM-114 Hellfire',
    '~missile: Hellfire @ AGM-114 Hellfire',
    'missile: JASSM|AGM-158|JASSM-ER @ AGM-158 JASSM',
    'missile: LRASM|AGM-158C @ AGM-158C LRASM',
    'missile: JDAM|Joint Direct Attack Munition|GBU-31|GBU-38 @ Joint Direct Attack Munition',
    'missile: GBU-39|Small Diameter Bomb|GBU-53 StormBreaker|StormBreaker @ GBU-39 Small Diameter Bomb',
    'missile: GLSDB|Ground-Launched Small Diameter Bomb @ Ground-Launched Small Diameter Bomb',
    'missile: AGM-65|AGM-65 Maverick @ AGM-65 Maverick',
    '~missile: Maverick @ AGM-65 Maverick',
    'missile: AGM-88|HARM|AARGM|AARGM-ER|AGM-88G @ AGM-88 HARM',
    'missile: ATACMS|Army Tactical Missile System|MGM-140 @ MGM-140 ATACMS',
    'missile: PrSM|Precision Strike Missile @ Precision Strike Missile',
    'missile: GMLRS|Guided Multiple Launch Rocket System @ Guided Multiple Launch Rocket System',
    'missile: FGM-148|Javelin missile|Javelin anti-tank @ FGM-148 Javelin',
    '~missile: Javelin @ FGM-148 Javelin',
    'missile: BGM-71|TOW|TOW-2A|TOW-2B @ BGM-71 TOW',
    'missile: Trident II|Trident D5|UGM-133 @ UGM-133 Trident II',
    'missile: Minuteman III|LGM-30 @ LGM-30 Minuteman',
    'missile: Dark Eagle|LRHW|Long-Range Hypersonic Weapon @ Long-Range Hypersonic Weapon',
    'missile: Mk 48 torpedo|Mk 48 @ Mark 48 torpedo',
    'missile: Mk 54 torpedo|Mk 54|MK 54 @ Mark 54 Lightweight Torpedo',
    'missile: M982 Excalibur|Excalibur shell @ M982 Excalibur',
    '~missile: Excalibur @ M982 Excalibur',
    'missile: APKWS|Advanced Precision Kill Weapon System @ Advanced Precision Kill Weapon System',
    // Air and missile defense.
    'air_defense: MIM-104|PAC-3|PAC-2|PAC-3 MSE|Patriot missile|Patriot system|Patriot air defense @ MIM-104 Patriot',
    '~air_defense: Patriot @ MIM-104 Patriot',
    'air_defense: THAAD|Terminal High Altitude Area Defense @ Terminal High Altitude Area Defense',
    'air_defense: NASAMS|NASAMS 3 @ NASAMS # co-developed by Kongsberg (NOR) and Raytheon; the news names Raytheon/US sales',
    'air_defense: Avenger system|AN/TWQ-1|Avenger air defense @ AN/TWQ-1 Avenger',
    '~air_defense: Avenger @ AN/TWQ-1 Avenger',
    'air_defense: FIM-92|Stinger missile|Stinger MANPADS @ FIM-92 Stinger',
    '~air_defense: Stinger @ FIM-92 Stinger',
    'air_defense: Aegis Ashore|Aegis Combat System|Aegis BMD|Aegis destroyer|Aegis system @ Aegis Combat System',
    '~air_defense: Aegis @ Aegis Combat System',
    'air_defense: MIM-23|HAWK|Hawk missile|Hawk air defense|Hawk surface-to-air @ MIM-23 Hawk',
    'air_defense: Phalanx CIWS|Mk 15 Phalanx @ Phalanx CIWS',
    '~air_defense: Phalanx @ Phalanx CIWS',
    'air_defense: SeaRAM|RIM-116|Rolling Airframe Missile @ RIM-116 Rolling Airframe Missile',
    'air_defense: IFPC|Enduring Shield @ Indirect Fire Protection Capability',
    'air_defense: M-SHORAD|Maneuver Short-Range Air Defense @ M-SHORAD',
    'air_defense: VAMPIRE counter-drone|VAMPIRE system @ L3Harris VAMPIRE',
    'radar: AN/TPY-2|TPY-2 @ AN/TPY-2',
    'radar: LTAMDS|Lower Tier Air and Missile Defense Sensor @ Lower Tier Air and Missile Defense Sensor',
    'radar: AN/MPQ-64 Sentinel|AN/MPQ-64 @ AN/MPQ-64 Sentinel',
    'radar: AN/TPQ-53|AN/TPQ-36|AN/TPQ-37|AN/TPQ-50 @ AN/TPQ-53 Quick Reaction Capability Radar',
    'radar: AN/SPY-6|SPY-6|AN/SPY-1|SPY-1 @ AN/SPY-6',
    // Land systems.
    'tank: M1 Abrams|M1A1|M1A2|M1A2 SEPv3|Abrams tank|Abrams tanks @ M1 Abrams',
    '~tank: Abrams @ M1 Abrams',
    'armored_vehicle: M2 Bradley|M2A2|M2A3|Bradley Fighting Vehicle|Bradley IFV|M3 Bradley @ M2 Bradley',
    '~armored_vehicle: Bradley @ M2 Bradley',
    'armored_vehicle: M1126|Stryker vehicle|Stryker armored @ Stryker',
    '~armored_vehicle: Stryker @ Stryker',
    'armored_vehicle: M113|M113A2 @ M113 armored personnel carrier',
    'armored_vehicle: HMMWV|Humvee|Humvees @ Humvee',
    'armored_vehicle: JLTV|Joint Light Tactical Vehicle @ Joint Light Tactical Vehicle',
    'armored_vehicle: MRAP|MaxxPro|M-ATV|Oshkosh M-ATV @ MRAP',
    'armored_vehicle: AAV7|AAV-7|AAVP-7A1 @ Assault Amphibious Vehicle',
    'armored_vehicle: Amphibious Combat Vehicle|ACV-30 @ Amphibious Combat Vehicle',
    'armored_vehicle: M10 Booker @ M10 Booker',
    'armored_vehicle: AMPV|Armored Multi-Purpose Vehicle @ Armored Multi-Purpose Vehicle',
    'artillery: M142|HIMARS|High Mobility Artillery Rocket System @ M142 HIMARS',
    'artillery: M270|M270A1|M270 MLRS @ M270 Multiple Launch Rocket System',
    'artillery: M109|M109A6|M109A7|M109 Paladin @ M109 howitzer',
    '~artillery: Paladin @ M109 howitzer',
    'artillery: M777|M777A2 @ M777 howitzer # BAE Systems design built in the US and sold through US programmes',
    'artillery: M119|M119A3 @ M119 howitzer',
    'artillery: M120 mortar|M252 mortar @ M120 mortar',
    'small_arms: M4 carbine|M4A1 carbine|M4A1 @ M4 carbine',
    'small_arms: M16 rifle|M16A4|M16A2 @ M16 rifle',
    'small_arms: M249|M2 Browning|M2HB @ M2 Browning',
    'small_arms: Barrett M82|Barrett M107|M107 rifle @ Barrett M82',
    // Ships and submarines.
    'ship: Arleigh Burke-class|Arleigh Burke class|DDG-51 @ Arleigh Burke-class destroyer',
    'ship: Littoral Combat Ship|LCS|Freedom-class LCS|Independence-class LCS @ Littoral combat ship',
    'ship: Constellation-class|Constellation class frigate @ Constellation-class frigate',
    'ship: Hamilton-class cutter|Hamilton-class|Hamilton class @ Hamilton-class cutter',
    'ship: Island-class patrol boat|Island-class @ Island-class patrol boat',
    'ship: Marine Protector-class|Marine Protector class @ Marine Protector-class coastal patrol boat',
    'ship: Cyclone-class patrol ship|Cyclone-class @ Cyclone-class patrol ship',
    'ship: Oliver Hazard Perry-class|Perry-class frigate @ Oliver Hazard Perry-class frigate',
    'ship: Ticonderoga-class|Ticonderoga class cruiser @ Ticonderoga-class cruiser',
    'ship: Zumwalt-class|Zumwalt class @ Zumwalt-class destroyer',
    'ship: Nimitz-class|Ford-class|Gerald R. Ford-class @ Gerald R. Ford-class aircraft carrier',
    'ship: Mark VI patrol boat|Mark VI patrol boats @ Mark VI patrol boat',
    'submarine: Virginia-class|Virginia class submarine|SSN-774 @ Virginia-class submarine',
    'submarine: Columbia-class|Ohio-class @ Columbia-class submarine',
  ]),
  ...madeIn('CAN', [
    'armored_vehicle: LAV 6|LAV 6.0|LAV III|LAV-III|LAV 700|LAV-25 @ LAV III # General Dynamics Land Systems-Canada, London, Ontario',
    'armored_vehicle: Roshel Senator|Senator APC @ Roshel Senator',
    'armored_vehicle: TAPV|Textron TAPV @ Tactical Armoured Patrol Vehicle',
    'ship: Halifax-class|Halifax class frigate @ Halifax-class frigate',
    'ship: Harry DeWolf-class|Harry DeWolf class @ Harry DeWolf-class offshore patrol vessel',
    'aircraft: DHC-6 Twin Otter|Twin Otter|DHC-6 @ de Havilland Canada DHC-6 Twin Otter',
    'aircraft: Dash 8|DHC-8|Q400 @ De Havilland Canada Dash 8',
    'aircraft: CL-415|Canadair CL-415|DHC-515 @ Canadair CL-415',
    'other: CRV7 rocket|CRV7 @ CRV7',
  ]),
  ...madeIn('BRA', [
    'aircraft: Super Tucano|A-29|EMB 314|EMB-314|A-29 Super Tucano @ Embraer EMB 314 Super Tucano',
    'aircraft: EMB 312 Tucano|EMB-312|Tucano trainer @ Embraer EMB 312 Tucano',
    'aircraft: KC-390|C-390|C-390 Millennium|KC-390 Millennium @ Embraer C-390 Millennium',
    'aircraft: E-99|EMB 145 AEW&C|Embraer R-99 @ Embraer R-99',
    'artillery: ASTROS|Astros II|ASTROS II|Astros 2020 @ Astros II MLRS',
    'armored_vehicle: VBTP-MR Guarani|Guarani APC|Guarani 6x6 @ VBTP-MR Guarani',
    '~armored_vehicle: Guarani @ VBTP-MR Guarani',
    'missile: MAR-1 @ MAR-1',
    'missile: MTC-300|AV-TM 300 @ AV-TM 300',
  ]),
];
