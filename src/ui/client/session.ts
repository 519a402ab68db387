// The analyst's name and write token for this tab: kept in sessionStorage, never in the page or a URL.

const TOKEN = 'entente.token';
const REVIEWER = 'entente.reviewer';

function read(key: string): string {
  try {
    return sessionStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

function write(key: string, value: string): void {
  try {
    if (value) sessionStorage.setItem(key, value);
    else sessionStorage.removeItem(key);
  } catch {
    // Storage can be disabled (private mode): the values then last as long as the page.
    memory.set(key, value);
  }
}

const memory = new Map<string, string>();

export const session = {
  token: () => read(TOKEN) || memory.get(TOKEN) || '',
  reviewer: () => read(REVIEWER) || memory.get(REVIEWER) || '',
  setToken: (value: string) => write(TOKEN, value.trim()),
  setReviewer: (value: string) => write(REVIEWER, value.trim()),
};
