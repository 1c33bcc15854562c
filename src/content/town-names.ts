import type { Town } from './town-schema';

/** What of a town profile its texts can name (a Town, or the story index's copy of its names). */
export interface TownNames {
  readonly name: string;
  readonly mayor: string;
  readonly alderman: string;
  readonly neighbourhoods: readonly { readonly id: string; readonly name: string }[];
  readonly places?: Readonly<Record<string, string>> | undefined;
}

/**
 * The names a text can use from the town profile, so a municipality renames its whole town in one
 * place: {{town}}, {{mayor}}, {{alderman}}, every neighbourhood as {{area.<id>}} and every named
 * place (streets, the pool, the square, local media, clubs) as {{place.<id>}}.
 * Keys are flat ("place.pool"); i18next finds a dotted key as it is before walking into objects.
 */
export function townTextValues(town: TownNames): Record<string, string> {
  const values: Record<string, string> = {
    town: town.name,
    mayor: town.mayor,
    alderman: town.alderman,
  };
  for (const n of town.neighbourhoods) values[`area.${n.id}`] = n.name;
  for (const [id, name] of Object.entries(town.places ?? {})) values[`place.${id}`] = name;
  return values;
}

/** The variable names a text about this town may use (without the braces). */
export function townVariableNames(town: Town): ReadonlySet<string> {
  return new Set(Object.keys(townTextValues(town)));
}

const VARIABLE = /\{\{\s*([^}\s]+)\s*\}\}/g;

/** Fills the town's variables into a text that does not go through i18next (feed and account names). */
export function fillTownNames(town: Town, text: string): string {
  const values = townTextValues(town);
  return text.replace(VARIABLE, (whole, name: string) => values[name] ?? whole);
}

/** A name as it can stand in a handle: lower case, letters and digits only ("De Lindeplas" → "delindeplas"). */
export function handleSlug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

/** A handle with the town's variables filled in as slugs ("@petra_{{area.lindehof}}" → "@petra_lindehof"). */
export function fillHandle(town: Town, handle: string): string {
  const values = townTextValues(town);
  return handle.replace(VARIABLE, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : handleSlug(value);
  });
}

/**
 * Every literal name of the town profile a story text should not spell out, with the variable to
 * use instead, longest first (so "De Lindeplas" is found before a shorter name inside it).
 */
export function literalPlaceNames(town: Town): readonly { name: string; variable: string }[] {
  return Object.entries(townTextValues(town))
    .map(([variable, name]) => ({ name, variable }))
    .filter(({ name }) => name.length >= 3 && !name.includes('{{'))
    .sort((a, b) => b.name.length - a.name.length);
}
