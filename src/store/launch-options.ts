/**
 * The deep-link options of the page URL (?lang, ?scenario, ?seed, ?mode, ?renderer), parsed
 * without side effects. Anything unknown or invalid becomes a notice the player can read.
 */
import { shortValue } from '../content/text-safety';

export type Renderer = 'auto' | 'webgl' | 'canvas';
/** solo; a festival kiosk; a facilitator's presenter view and the projector (audience) view it drives. */
export type Mode = 'solo' | 'kiosk' | 'facilitator' | 'audience';

export interface LaunchOptions {
  readonly lang: string | undefined;
  readonly scenario: string | undefined;
  readonly seed: number | undefined;
  /** Undefined when the address does not say; config.json's default mode then applies. */
  readonly mode: Mode | undefined;
  readonly renderer: Renderer;
}

/** A problem with the URL, as an i18n key plus values for the message. */
export interface Notice {
  /** A key under `notice.` in the interface text (src/i18n/locales). */
  readonly key: `notice.${string}`;
  readonly values?: Readonly<Record<string, string | number>>;
  readonly kind: 'info' | 'warning';
}

/** How many unknown parameter names the one notice about them quotes. */
const UNKNOWN_SHOWN = 5;
export const KNOWN_PARAMETERS = ['lang', 'scenario', 'seed', 'mode', 'renderer'] as const;
const RENDERERS: readonly Renderer[] = ['auto', 'webgl', 'canvas'];
const MODES: readonly Mode[] = ['solo', 'kiosk', 'facilitator', 'audience'];
/** Modes that are designed but not built yet; asking for one falls back to solo, and says so. */
const PLANNED_MODES: readonly string[] = [];

export function parseLaunchOptions(
  search: string,
  languages: readonly string[],
  scenarioIds: readonly string[],
): { readonly options: LaunchOptions; readonly notices: readonly Notice[] } {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const invalid = (name: string, value: string, valid: string): void => {
    notices.push({
      kind: 'warning',
      key: 'notice.invalidParameter',
      values: { name, value: shortValue(value), valid },
    });
  };

  // One notice for all unknown parameters, naming the first few: an address with 800 of them
  // must not bury the page under 800 notices.
  const unknown = [...new Set(params.keys())].filter(
    (name) => !(KNOWN_PARAMETERS as readonly string[]).includes(name),
  );
  if (unknown.length > 0) {
    const shown = unknown.slice(0, UNKNOWN_SHOWN).map((name) => `'${shortValue(name)}'`);
    notices.push({
      kind: 'warning',
      key: 'notice.unknownParameter',
      values: {
        count: unknown.length,
        names: shown.join(', ') + (unknown.length > UNKNOWN_SHOWN ? ', …' : ''),
        valid: KNOWN_PARAMETERS.join(', '),
      },
    });
  }

  let lang = params.get('lang') ?? undefined;
  if (lang !== undefined && !languages.includes(lang)) {
    invalid('lang', lang, languages.join(', '));
    lang = undefined;
  }
  let scenario = params.get('scenario') ?? undefined;
  if (scenario !== undefined && !scenarioIds.includes(scenario)) {
    invalid('scenario', scenario, scenarioIds.join(', '));
    scenario = undefined;
  }
  let seed: number | undefined;
  const seedText = params.get('seed');
  if (seedText !== null) {
    if (/^\d{1,10}$/.test(seedText) && Number(seedText) <= 0xffffffff) seed = Number(seedText);
    else invalid('seed', seedText, '0 … 4294967295');
  }
  const modeText = params.get('mode');
  let mode: Mode | undefined;
  if (modeText !== null) {
    if ((MODES as readonly string[]).includes(modeText)) mode = modeText as Mode;
    else if (PLANNED_MODES.includes(modeText))
      notices.push({ kind: 'info', key: 'notice.modeNotYet', values: { mode: modeText } });
    else invalid('mode', modeText, [...MODES, ...PLANNED_MODES].join(', '));
  }
  let renderer: Renderer = 'auto';
  const rendererText = params.get('renderer');
  if (rendererText !== null) {
    if ((RENDERERS as readonly string[]).includes(rendererText))
      renderer = rendererText as Renderer;
    else invalid('renderer', rendererText, RENDERERS.join(', '));
  }
  return { options: { lang, scenario, seed, mode, renderer }, notices };
}
