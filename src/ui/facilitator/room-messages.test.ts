import { afterEach, describe, expect, it, vi } from 'vitest';

import { catalogue, scenario, town } from '../../../tests/support/fixtures';
import { createWorld } from '../../engine/world';
import { checkedListener, parseRoomMessage, type RoomMessage } from './room-messages';

const worlds = new Map([['proef', createWorld(scenario(), town, catalogue)]]);
const NOW = 1_800_000_000_000;
const nodes = scenario().nodes.length;

/** A message the projector takes: every field within its limits. */
const valid = {
  type: 'snapshot',
  presenter: { id: 'K7QD', since: 1_700_000_000_000 },
  snapshot: {
    scenarioId: 'proef',
    seed: 5,
    moves: [],
    defence: [],
    screen: 'play',
    language: 'nl',
    blank: false,
    groupStep: 0,
    defenceFeedback: false,
  },
} as const;

/** The valid message with one part of its snapshot (or its presenter) changed. */
const withSnapshot = (change: Record<string, unknown>): unknown => ({
  ...valid,
  snapshot: { ...valid.snapshot, ...change },
});
const withPresenter = (presenter: unknown): unknown => ({ ...valid, presenter });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the room channel’s check', () => {
  it('takes a hello and a snapshot within every limit', () => {
    expect(parseRoomMessage({ type: 'hello' }, worlds, NOW)).toEqual({
      ok: true,
      message: { type: 'hello' },
    });
    const parsed = parseRoomMessage(valid, worlds, NOW);
    expect(parsed).toEqual({ ok: true, message: valid });
    // The longest list of moves a path can have, and the title with no story, pass too.
    const longest = withSnapshot({ moves: new Array<string>(nodes).fill('a') });
    expect(parseRoomMessage(longest, worlds, NOW).ok).toBe(true);
    const title = withSnapshot({ scenarioId: null, screen: 'title' });
    expect(parseRoomMessage(title, worlds, NOW).ok).toBe(true);
    expect(parseRoomMessage(withSnapshot({ groupStep: 4 }), worlds, NOW).ok).toBe(true);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'snapshot'],
    ['an array', []],
    ['an unknown type', { type: 'takeover' }],
    ['no presenter', { type: 'snapshot', snapshot: valid.snapshot }],
    ['a presenter without a name', withPresenter({ since: NOW })],
    ['a presenter’s name too long', withPresenter({ id: 'x'.repeat(65), since: NOW })],
    ['a take-over far in the future', withPresenter({ id: 'K7QD', since: NOW + 3_600_000 })],
    ['no snapshot', { type: 'snapshot', presenter: valid.presenter }],
    ['a story this page does not know', withSnapshot({ scenarioId: 'nope' })],
    [
      'more moves than the story has steps',
      withSnapshot({ moves: new Array(nodes + 1).fill('a') }),
    ],
    ['200,000 moves', withSnapshot({ moves: new Array(200_000).fill('a') })],
    ['a move that is not an id', withSnapshot({ moves: [42] })],
    ['a long defence list', withSnapshot({ defence: new Array(11).fill('a') })],
    ['a group step of 1e9', withSnapshot({ groupStep: 1e9 })],
    ['a negative group step', withSnapshot({ groupStep: -1 })],
    ['a group step that is not whole', withSnapshot({ groupStep: 1.5 })],
    ['an unknown screen', withSnapshot({ screen: 'admin' })],
    ['a negative seed', withSnapshot({ seed: -1 })],
    ['blank that is not true or false', withSnapshot({ blank: 'yes' })],
    ['a language 10,000 characters long', withSnapshot({ language: 'x'.repeat(10_000) })],
  ])('refuses %s', (_what, data) => {
    const parsed = parseRoomMessage(data, worlds, NOW);
    expect(parsed.ok).toBe(false);
  });

  it('passes on only what it took, and warns once (at most once a second) for what it refused', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const used: RoomMessage[] = [];
    const listener = checkedListener(worlds, (message) => used.push(message));
    const post = (data: unknown): void => {
      listener(new MessageEvent('message', { data }));
    };
    for (let i = 0; i < 50; i += 1) post(withSnapshot({ groupStep: 1e9 }));
    post({ type: 'hello' });
    expect(used).toEqual([{ type: 'hello' }]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('ignored (group step out of range)');
    clock += 1_500;
    post(null);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(used).toHaveLength(1);
  });
});
