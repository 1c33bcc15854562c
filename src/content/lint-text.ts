import type { Diagnostic } from './diagnostics';
import { DiagnosticCode as C } from './diagnostics';
import { flattenLocale, LANGUAGES, templateVariablesIn, variablesFor } from './locales';
import type { Scenario } from './schema';
import type { LocaleFile, ScenarioContext } from './scenario-context';
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

/** Translation checks: every key in every shipped locale, no unused keys, known variables only. */
export function lintText(ctx: ScenarioContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const keys = referencedKeys(ctx.scenario);
  for (const lang of LANGUAGES) {
    const locale = ctx.locales[lang];
    if (locale === undefined) continue; // the loader already reported the missing file
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
    out.push(...lintLocaleTexts(locale));
  }
  return out;
}

/** Variables and markup inside the texts of one locale file. Also used for the catalogue. */
export function lintLocaleTexts(locale: LocaleFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [key, values] of flattenLocale(locale.tree)) {
    for (const text of values) {
      for (const name of templateVariablesIn(text)) {
        const allowed = variablesFor(key);
        if (!allowed.includes(name)) {
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

function nestedExample(key: string): string {
  const parts = key.split('.');
  return parts.reduceRight((inner, part) => `{ "${part}": ${inner} }`, '"…"');
}
