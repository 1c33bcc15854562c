import { afterEach } from 'vitest';

// Each DOM test starts from an empty page and an empty localStorage.
afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});
