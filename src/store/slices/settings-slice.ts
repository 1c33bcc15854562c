import type { LaunchOptions } from '../launch-options';
import * as saves from '../persistence';
import { pickLanguage } from '../pick-language';
import type { AppDeps, SliceContext } from './slice-context';

/** The language and what the device keeps: switching, clearing, the kiosk's reset, info pages. */
export interface SettingsSliceState {
  readonly language: string;
  /** Short sounds on moves, badges and bursts of shares: off until the player turns them on. */
  readonly sound: boolean;
}

export interface SettingsActions {
  setLanguage(language: string): void;
  /** Turns sound on or off, remembered on this device (not at a kiosk, which keeps nothing). */
  setSound(on: boolean): void;
  clearSavedData(): void;
  /** Kiosk: back to the attract screen with nothing of the previous player left in the state. */
  resetForNextPlayer(): void;
  /** Shows the privacy note or the accessibility statement (from the title screen). */
  showInfo(page: 'privacy' | 'accessibility'): void;
}

export function settingsSlice(
  { deps, set, get }: SliceContext,
  options: LaunchOptions,
): SettingsSliceState & SettingsActions {
  let soundFailureTold = false;
  return {
    language: initialLanguage(deps, options),
    sound: deps.storage ? saves.readSound(deps.storage) : false,

    setLanguage(language) {
      if (!deps.languages.includes(language)) return;
      set({ language });
      if (deps.storage) saves.writeLanguage(deps.storage, language);
    },
    setSound(on) {
      set({ sound: on });
      if (deps.storage && !saves.writeSound(deps.storage, on) && !soundFailureTold) {
        soundFailureTold = true; // once: the choice still holds until the page is closed
        get().notify({ kind: 'warning', key: 'notice.soundNotKept' });
      }
    },
    clearSavedData() {
      if (deps.storage) saves.clearAllSavedData(deps.storage);
      set({
        screen: 'title',
        world: null,
        game: null,
        saved: [],
        checks: {},
        check: null,
        sound: false,
      });
      get().notify({ kind: 'info', key: 'notice.cleared' });
    },
    resetForNextPlayer() {
      if (deps.storage) saves.clearAllSavedData(deps.storage);
      const language = deps.defaultLanguage ?? deps.languages[0] ?? get().language;
      set({
        screen: 'title',
        world: null,
        game: null,
        check: null,
        checks: {},
        notices: [],
        saved: [],
        language,
        sound: false,
        defenceFeedback: false,
      });
    },
    showInfo(page) {
      set({ screen: page });
    },
  };
}

/** The address's ?lang, else the language chosen last on this device, else the configured one. */
function initialLanguage(deps: AppDeps, options: LaunchOptions): string {
  const saved = deps.storage ? saves.readLanguage(deps.storage) : null;
  return pickLanguage(deps.languages, options.lang, saved, deps.defaultLanguage) ?? 'nl';
}
