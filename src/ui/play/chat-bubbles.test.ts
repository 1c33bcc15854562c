import { describe, expect, it } from 'vitest';

import { chatBubbles } from './chat-bubbles';

describe('chat bubbles', () => {
  it('splits a message into bubbles of at most two sentences', () => {
    const text =
      'Goedemorgen. Gisteravond heeft de raad besloten. Op de grond komen huizen. Waarom? Laten we het erop houden.';
    const bubbles = chatBubbles(text);
    expect(bubbles).toEqual([
      'Goedemorgen. Gisteravond heeft de raad besloten.',
      'Op de grond komen huizen. Waarom?',
      'Laten we het erop houden.',
    ]);
    expect(bubbles.join(' ')).toBe(text);
  });

  it('keeps a long sentence alone and never loses text', () => {
    const long = `${'woord '.repeat(30).trim()}.`;
    expect(chatBubbles(`${long} Kort.`)).toEqual([long, 'Kort.']);
    expect(chatBubbles('  ')).toEqual([]);
  });
});
