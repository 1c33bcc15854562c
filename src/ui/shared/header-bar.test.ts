import { getByRole, queryByRole } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { viewDeps } from '../../../tests/support/view-setup';
import { mountApp } from '../app-view';
import type { Cue, SoundPlayer } from './sound';

/** A player that records what it was asked to play and how often it let go of its context. */
function recordingPlayer(): SoundPlayer & { played: Cue[][]; released: number } {
  const player = {
    played: [] as Cue[][],
    released: 0,
    play(cues: readonly Cue[]) {
      player.played.push([...cues]);
    },
    release() {
      player.released += 1;
    },
  };
  return player;
}

async function mounted(options: Parameters<typeof viewDeps>[0] = {}) {
  const sound = recordingPlayer();
  const deps = { ...(await viewDeps(options)), sound };
  const root = document.createElement('div');
  document.body.append(root);
  const unmount = mountApp(root, deps);
  return { deps, root, unmount, sound, user: userEvent.setup() };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the sound toggle in the header', () => {
  it('is off by default, turns on and off with a click, and is remembered after a reload', async () => {
    const first = await mounted();
    const toggle = getByRole(first.root, 'button', { name: 'Geluid', pressed: false });
    expect(toggle.closest('#header-tools')).not.toBeNull(); // in the phone's menu too
    await first.user.click(toggle);
    // The header is drawn again; focus stays on the toggle, now pressed.
    const on = getByRole(first.root, 'button', { name: 'Geluid', pressed: true });
    expect(document.activeElement).toBe(on);
    expect(first.sound.played).toEqual([['post']]); // the player hears that it works
    first.unmount();
    first.root.remove();

    const again = await mounted();
    getByRole(again.root, 'button', { name: 'Geluid', pressed: true });
    await again.user.click(getByRole(again.root, 'button', { name: 'Geluid' }));
    getByRole(again.root, 'button', { name: 'Geluid', pressed: false });
    expect(again.sound.released).toBe(1);
    again.unmount();
    again.root.remove();
    const third = await mounted();
    getByRole(third.root, 'button', { name: 'Geluid', pressed: false });
  });

  it('has an English label', async () => {
    const { root } = await mounted({ lang: 'en' });
    getByRole(root, 'button', { name: 'Sound', pressed: false });
  });

  it('says so in a notice, and keeps the choice, when the storage refuses it', async () => {
    const { root, user } = await mounted();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await user.click(getByRole(root, 'button', { name: 'Geluid' }));
    getByRole(root, 'button', { name: 'Geluid', pressed: true });
    expect(getByRole(root, 'region', { name: 'Meldingen' }).textContent).toContain(
      'kan je keuze voor geluid niet onthouden',
    );
  });

  it('is not there when the page makes no sound (the projector)', async () => {
    const deps = await viewDeps();
    const root = document.createElement('div');
    document.body.append(root);
    mountApp(root, deps);
    expect(queryByRole(root, 'button', { name: 'Geluid' })).toBeNull();
  });

  it('plays the cues of a move when on, and lets go of the sound when the game is left', async () => {
    const { root, user, sound } = await mounted();
    await user.click(getByRole(root, 'button', { name: 'Speel: nl:Proef' }));
    await user.click(getByRole(root, 'button', { name: 'Geluid' }));
    await user.click(getByRole(root, 'button', { name: 'nl:Lieg' }));
    const cues = sound.played.at(-1) ?? [];
    expect([cues[0], cues.at(-1)]).toEqual(['post', 'badge']);
    expect(sound.released).toBe(0);
    await user.click(getByRole(root, 'button', { name: /Naar het begin/ }));
    expect(sound.released).toBe(1);
  });
});
