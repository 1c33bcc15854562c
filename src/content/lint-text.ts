import type { Diagnostic } from './diagnostics';
import { DiagnosticCode as C } from './diagnostics';
import { relaxedFor } from './load-locale';
import { flattenLocale, templateVariablesIn, variablesFor } from './locales';
import type { Scenario } from './schema';
import type { LocaleFile, ScenarioContext } from './scenario-context';
import { literalPlaceNames, townVariableNames } from './town-names';
import type { Town } from './town-schema';
import { diagnostic } from './validate-file';

/** Every text key the scenario refers to, with the JSON path that refers to it. */
export function referencedKeys(scenario: Scenario): Map<string, string> {
  const keys = new Map<string, string>();
  const add = (key: string | undefined, path: string): void => {
    if (key !== undefined && !keys.has(key)) keys.set(key, path);
  };
  add(scenario.title, 'title');
  add(scenario.summary, 'summary');
  add(scenario.contentNote, 'contentNote');
  add(scenario.realCase, 'realCase');
  scenario.accounts.forEach((a, i) => {
    add(a.name, `accounts[${String(i)}].name`);
  });
  scenario.nodes.forEach((node, n) => {
    const at = `nodes[${String(n)}]`;
    add(node.text, `${at}.text`);
    add(node.prompt, `${at}.prompt`);
    add(node.ending?.title, `${at}.ending.title`);
    (node.feed ?? []).forEach((p, i) => {
      add(p.text, `${at}.feed[${String(i)}].text`);
    });
    (node.choices ?? []).forEach((c, i) => {
      add(c.label, `${at}.choices[${String(i)}].label`);
      add(c.post?.text, `${at}.choices[${String(i)}].post.text`);
    });
  });
  return keys;
}

/** Translation checks: every key in every language read (a partial one only warns), no unused keys, known variables only. */
export function lintText(ctx: ScenarioContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const keys = referencedKeys(ctx.scenario);
  for (const [lang, locale] of Object.entries(ctx.locales)) {
    out.push(...relaxedFor(lang, lintLocale(ctx, keys, locale)));
  }
  return out;
}

/** One language's translation checks (a missing file was already reported by the loader). */
function lintLocale(
  ctx: ScenarioContext,
  keys: ReadonlyMap<string, string>,
  locale: LocaleFile,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const texts = flattenLocale(locale.tree);
  for (const [key, path] of keys) {
    if (!texts.has(key)) {
      out.push(
        diagnostic(
          {
            code: C.MissingTranslation,
            severity: 'error',
            file: ctx.file,
            path,
            message: `The text key '${key}' has no text in ${locale.file}.`,
            hint: `Add "${key}" to ${locale.file} (nested: ${nestedExample(key)}).`,
          },
          ctx.parsed,
        ),
      );
    }
  }
  for (const key of texts.keys()) {
    // Reply templates are looked up by technique and kind in play, not named in scenario.json.
    if (!keys.has(key) && !key.startsWith('replies.')) {
      out.push(
        diagnostic(
          {
            code: C.UnusedTranslation,
            severity: 'warning',
            file: locale.file,
            path: key,
            message: `The text '${key}' is not used by scenario.json.`,
            hint: 'Remove it, or check for a typo in the key that scenario.json uses.',
          },
          locale.parsed,
        ),
      );
    }
  }
  const note = ctx.scenario.contentNote ?? '';
  for (const text of texts.get(note) ?? []) {
    const prefix = NOTE_PREFIX.exec(text)?.[0];
    if (prefix === undefined) continue;
    out.push(
      diagnostic(
        {
          code: C.NotePrefix,
          severity: 'error',
          file: locale.file,
          path: note,
          message: `The content note starts with '${prefix.trim()}', but the game already puts "Let op:" (English: "Please note:") before it, so players would read it twice.`,
          hint: `Start the text with the note itself, e.g. "${exampleNote(text, prefix)}".`,
        },
        locale.parsed,
      ),
    );
  }
  out.push(...lintLocaleTexts(locale, ctx.town === undefined ? [] : [ctx.town]));
  return out;
}

/** The words the game itself puts before a content note (nl "Let op:", en "Please note:"). */
const NOTE_PREFIX = /^\s*(?:let\s+op|(?:please\s+)?note)\b\s*[:!.,–-]?\s*/iu;

/** The note without its prefix, first letter capitalised, shortened for a hint. */
function exampleNote(text: string, prefix: string): string {
  const rest = text.slice(prefix.length);
  const note = rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
  return note.length > 60 ? `${note.slice(0, 59)}…` : note;
}

/**
 * Variables and markup inside the texts of one locale file; with the towns the texts are shown in,
 * also {{area.<id>}} and {{place.<id>}} (each must exist in every one of those towns) and names
 * of those towns spelled out instead of used as variables. Also used for the catalogue (no towns).
 */
export function lintLocaleTexts(locale: LocaleFile, towns: readonly Town[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  const townNames = towns.map(townVariableNames);
  const everywhere = (name: string): boolean =>
    townNames.length > 0 && townNames.every((names) => names.has(name));
  for (const [key, values] of flattenLocale(locale.tree)) {
    for (const text of values) {
      for (const name of templateVariablesIn(text)) {
        const allowed = variablesFor(key);
        if (/^(area|place)\./.test(name)) {
          if (!everywhere(name)) out.push(unknownPlace(locale, key, name, towns));
        } else if (!allowed.includes(name)) {
          out.push(
            diagnostic(
              {
                code: C.UnknownTemplateVariable,
                severity: 'error',
                file: locale.file,
                path: key,
                message: `The text uses {{${name}}}, which the game cannot fill in.`,
                hint: `Use one of ${allowed.map((v) => `{{${v}}}`).join(', ')}, or write the word out.`,
              },
              locale.parsed,
            ),
          );
        }
      }
      for (const town of towns) out.push(...literalNames(locale, key, text, town));
      if (/<\/?[a-z][^>]*>/i.test(text)) {
        out.push(
          diagnostic(
            {
              code: C.MarkupInText,
              severity: 'warning',
              file: locale.file,
              path: key,
              message:
                'The text contains HTML-like markup; the game shows text exactly as written, so the tags would appear on screen.',
              hint: 'Remove the tags. For emphasis, rephrase; the game does not render HTML.',
            },
            locale.parsed,
          ),
        );
      }
    }
  }
  return out;
}

/** {{area.x}} or {{place.x}} that a town the text is shown in does not have. */
function unknownPlace(
  locale: LocaleFile,
  key: string,
  name: string,
  towns: readonly Town[],
): Diagnostic {
  const kind = name.startsWith('area.') ? 'area' : 'place';
  const known = [...new Set(towns.flatMap((t) => [...townVariableNames(t)]))]
    .filter((v) => v.startsWith(`${kind}.`))
    .map((v) => `{{${v}}}`);
  const where =
    towns.length === 0
      ? 'This text is shared by every town, so it cannot name a place of one town.'
      : `The town profile (scenarios/towns/${towns.map((t) => t.id).join(', ')}.json) has no ${kind === 'area' ? 'neighbourhood' : 'place'} '${name.slice(kind.length + 1)}'.`;
  return diagnostic(
    {
      code: C.UnknownTemplateVariable,
      severity: 'error',
      file: locale.file,
      path: key,
      message: `The text uses {{${name}}}, which the game cannot fill in. ${where}`,
      hint:
        known.length === 0
          ? 'Write the name out, or add it to the town profile\'s "places".'
          : `Use one of ${known.join(', ')}, or add '${name.slice(kind.length + 1)}' to the town profile${kind === 'place' ? '\'s "places"' : "'s neighbourhoods"}.`,
    },
    locale.parsed,
  );
}

interface PlaceNamePattern {
  readonly name: string;
  readonly variable: string;
  /** The name as a whole word (global: replace drops every match). */
  readonly pattern: RegExp;
}

/** A town's names as whole-word patterns, made once per town (a story has hundreds of texts). */
const namePatterns = new WeakMap<Town, readonly PlaceNamePattern[]>();
function placeNamePatterns(town: Town): readonly PlaceNamePattern[] {
  let patterns = namePatterns.get(town);
  if (patterns === undefined) {
    patterns = literalPlaceNames(town).map(({ name, variable }) => ({
      name,
      variable,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu'),
    }));
    namePatterns.set(town, patterns);
  }
  return patterns;
}

/** Names of the town profile spelled out in a text, where a variable would follow a rename. */
function literalNames(locale: LocaleFile, key: string, text: string, town: Town): Diagnostic[] {
  const out: Diagnostic[] = [];
  let rest = text.replace(/\{\{[^}]*\}\}/g, ' ');
  for (const { name, variable, pattern } of placeNamePatterns(town)) {
    // Most texts name no place: the plain search is much cheaper than the whole-word pattern.
    if (!rest.includes(name)) continue;
    pattern.lastIndex = 0;
    if (!pattern.test(rest)) continue;
    rest = rest.replace(pattern, ' ');
    out.push(
      diagnostic(
        {
          code: C.LiteralPlaceName,
          severity: 'warning',
          file: locale.file,
          path: key,
          message: `The text spells out '${name}', a name from the town profile (scenarios/towns/${town.id}.json); a municipality that renames it in config.json would still see '${name}' here.`,
          hint: `Write {{${variable}}} instead of '${name}'.`,
        },
        locale.parsed,
      ),
    );
  }
  return out;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function nestedExample(key: string): string {
  const parts = key.split('.');
  return parts.reduceRight((inner, part) => `{ "${part}": ${inner} }`, '"…"');
}
