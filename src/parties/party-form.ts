// One way news copy names a party: a surface form, the party's code and how the form names it.

export interface PartyForm {
  /** The surface form, case-sensitive, as it appears in English news copy. */
  text: string;
  code: string;
  /** A name ("Japan"), abbreviation ("U.S."), demonym ("Japanese"), capital ("Tokyo") or grouping ("the Quad"). */
  kind: 'name' | 'abbreviation' | 'demonym' | 'capital' | 'grouping';
  /** Match this spelling only: no ASCII-folded or hyphen-less variant ("San José" is not "San Jose", California). */
  exact?: boolean;
}
