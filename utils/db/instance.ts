import { TsunagariDB } from './database';

/** The one shared database of the extension's origin. Tests make their own with `new TsunagariDB(name)`. */
export const db = new TsunagariDB();
