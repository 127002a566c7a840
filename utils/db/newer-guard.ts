import { Dexie } from 'dexie';

/**
 * An IndexedDB factory that never opens a database at a version other than the one this code asked for.
 *
 * Dexie 4, asked for version N of a database stored at a higher version, retries the open without a version and
 * carries on: it reads data written by a newer Tsunagari and may even "patch" that schema to match this older one.
 * Issue 12 item 8 wants the opposite: say the data is newer and change nothing. So when Dexie retries without a
 * version, this factory asks again for the version it asked for before, the browser answers VersionError, and the
 * open fails with it (`utils/db/errors.ts` classifies that as 'newer'; the pages' error boundary says so).
 */
export function refuseNewerVersions(factory: () => IDBFactory = () => Dexie.dependencies.indexedDB!): IDBFactory {
  const asked = new Map<string, number>();
  const guarded: Pick<IDBFactory, 'open' | 'deleteDatabase' | 'cmp' | 'databases'> = {
    open(name: string, version?: number) {
      if (version !== undefined) asked.set(name, version);
      const pinned = version ?? asked.get(name);
      return pinned === undefined ? factory().open(name) : factory().open(name, pinned);
    },
    deleteDatabase: (name: string) => factory().deleteDatabase(name),
    cmp: (a: unknown, b: unknown) => factory().cmp(a, b),
    databases: () => factory().databases(),
  };
  return guarded as IDBFactory;
}
