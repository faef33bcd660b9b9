import { jest } from '@jest/globals';

/**
 * The default timeout of a browser scenario (each file's tests and hooks). A scenario walks several
 * people through many pages: about 25 s on a quiet machine, twice that while the rest of CI competes
 * for the two cores, so the global 30 s is too tight for the ones that do not set their own.
 */
jest.setTimeout(120_000);
