/**
 * Splits a handler's message into chat bubbles: sentences, two to a bubble at most, so a long
 * message arrives as a few short ones. Pure, for the view and for the reading model.
 */
export function chatBubbles(text: string): string[] {
  const sentences = text
    .trim()
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}'"‘“(0-9])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const bubbles: string[] = [];
  let current: string[] = [];
  const words = (parts: readonly string[]): number => parts.join(' ').split(/\s+/).length;
  for (const sentence of sentences) {
    if (current.length > 0 && (current.length >= 2 || words([...current, sentence]) > 28)) {
      bubbles.push(current.join(' '));
      current = [];
    }
    current.push(sentence);
  }
  if (current.length > 0) bubbles.push(current.join(' '));
  return bubbles;
}
