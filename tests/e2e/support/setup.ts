// A browser test waits for real rendering and, in one case, for the sandbox's live re-logins.
jest.setTimeout(90_000);
