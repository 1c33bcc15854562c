import {
  CATALOGUE_FILE,
  INDEX_FILE,
  localeFile,
  scenarioFile,
  scenarioFolder,
  TECHNIQUES_FOLDER,
  townFile,
} from './content-files';

/**
 * Every file the page reads to start one story in the standard place (the loader's `story(id)`):
 * the story list, the catalogue, the story and its town, with the texts in `languages`. Known
 * from the title's story index, before the story itself is read. No imports but the paths: the
 * title's script uses it, and the checks stay out of that script.
 */
export function storyFiles(id: string, town: string, languages: readonly string[]): string[] {
  const texts = (folder: string): string[] => languages.map((lang) => localeFile(folder, lang));
  const folder = scenarioFolder(id);
  return [
    INDEX_FILE,
    CATALOGUE_FILE,
    ...texts(TECHNIQUES_FOLDER),
    scenarioFile(id),
    ...texts(folder),
    townFile(town),
  ];
}
