import type { GameConfig } from '../../content/config';
import type { StoryIndex } from '../../content/story-index';
import type { I18n } from '../../i18n/create-i18n';
import { renamedTown } from '../../store/resolve-config';
import type { TitleStory } from './title-screen';

/**
 * The stories the title offers, drawn from the story index (scenarios/stories.json) and
 * config.json alone: its list and order, its town names. Puts each story's title texts into
 * `i18n`. One rule for the early title (src/shell.ts) and the title the build writes into
 * index.html (scripts/prerender-title.ts), so the two are the same markup.
 */
export function storiesFromIndex(index: StoryIndex, config: GameConfig, i18n: I18n): TitleStory[] {
  const known = (id: string): boolean => index.stories.some((s) => s.id === id);
  const picked = (config.scenarios ?? index.scenarios).filter(known);
  return (picked.length > 0 ? picked : index.scenarios.filter(known)).flatMap(
    (id): TitleStory[] => {
      const head = index.stories.find((s) => s.id === id);
      const town = head && index.towns[head.town];
      if (head === undefined || town === undefined) return [];
      for (const [language, texts] of Object.entries(head.texts))
        i18n.addResourceBundle(language, `scenario.${id}`, texts);
      const { title, summary, contentNote, minutes } = head;
      return [
        {
          scenario: { id, minutes, title, summary, ...(contentNote ? { contentNote } : {}) },
          town: renamedTown(town, config),
        },
      ];
    },
  );
}
