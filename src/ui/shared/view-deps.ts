import type { Catalogue } from '../../content/catalogue-schema';
import type { Discernment } from '../../content/discernment-schema';
import { type TownNames, townTextValues } from '../../content/town-names';
import type { World } from '../../engine/world';
import type { I18n } from '../../i18n/create-i18n';
import type { UiKey, UiKeyIn } from '../../i18n/ui-keys';
import type { AppStoreApi } from '../../store/app-store';
import type { SoundPlayer } from './sound';

/**
 * A function that draws the town map into `parent` and returns how to remove it again; with
 * `demo`, the title's living town: a demo run of the world's story instead of the player's game.
 */
export type MountMap = (parent: HTMLElement, world: World, demo?: boolean) => () => void;

/** What every view gets from the composition root (src/main.ts). */
export interface ViewDeps {
  readonly store: AppStoreApi;
  readonly i18n: I18n;
  readonly worlds: ReadonlyMap<string, World>;
  readonly languages: readonly string[];
  readonly catalogue: Catalogue;
  /** A municipality's own logo (config.json), shown in the header. */
  readonly branding?: { readonly logo: string; readonly townName: string };
  /** The municipality's follow-up page (config.json), linked from the debrief with a QR code. */
  readonly boosterUrl?: string;
  /** Where to report an accessibility problem (config.json): an e-mail address or a web page. */
  readonly accessibilityContact?: string;
  /** The before/after discernment check, when the content has one. */
  readonly discernment?: Discernment;
  /** Facilitator mode: this window is the presenter's (with the panel) or the projector's. */
  readonly role?: 'presenter' | 'audience';
  /** Facilitator mode: makes this window the presenter when another one presents ("Neem over"). */
  readonly takeOver?: () => void;
  /** A festival kiosk: attract screen, no saving, no links away, no printing. */
  readonly kiosk?: boolean;
  /** Kiosk: how many games were started today on this device (the attract screen shows it). */
  readonly kioskPlaysToday?: () => number;
  /** The sounds (Web Audio); absent on the projector, which only mirrors the presenter's window. */
  readonly sound?: SoundPlayer;
  /** Absent in tests and where the map cannot load; the play screen then shows text only. */
  readonly mountMap?: MountMap;
}

/** Translates a key of a scenario's own text, with the town's names and places filled in. */
export function scenarioText(
  deps: Pick<ViewDeps, 'i18n'>,
  world: { readonly scenario: { readonly id: string }; readonly town: TownNames },
  key: string,
): string {
  return deps.i18n.t(key, { ns: `scenario.${world.scenario.id}`, ...townTextValues(world.town) });
}

/** Translates a key of the game's interface text (namespace "ui"). */
export function uiText(
  deps: Pick<ViewDeps, 'i18n'>,
  key: UiKey,
  values: Record<string, unknown> = {},
): string {
  return deps.i18n.t(key, { ns: 'ui', ...values });
}

/**
 * Interface text for a key built at run time (`lang.${code}`, a notice from the store): the
 * compiler checks the group; a member the texts lack is reported on the console (end-to-end
 * tests fail on console errors) and shows the raw key.
 */
export function uiTextAt(
  deps: ViewDeps,
  key: UiKeyIn,
  values: Record<string, unknown> = {},
): string {
  const options = { ns: 'ui', ...values };
  if (!deps.i18n.exists(key, options)) console.error(`Interface text missing: ${key}`);
  return deps.i18n.t(key, options);
}

/** A field of a technique from the tactic catalogue (namespace "techniques"): name, definition, counter, … */
export function techniqueText(deps: ViewDeps, id: string, field: string): string {
  return deps.i18n.t(`techniques.${id}.${field}`, { ns: 'techniques' });
}
