import { describe, expect, it } from 'vitest';
import { hrefs, parseRoute } from '../../../entrypoints/dashboard/routing';

describe('dashboard hash routes', () => {
  it('reads each screen', () => {
    expect(parseRoute('')).toEqual({ name: 'people' });
    expect(parseRoute('#/')).toEqual({ name: 'people' });
    expect(parseRoute('#/insights')).toEqual({ name: 'insights' });
    expect(parseRoute('#/settings')).toEqual({ name: 'settings' });
    expect(parseRoute('#/unknown')).toEqual({ name: 'people' });
  });

  it('round-trips a person id', () => {
    const id = '3f6c-ä/x';
    expect(parseRoute(hrefs.person(id))).toEqual({ name: 'person', id });
  });

  it('reads the digest ids the notification opens with', () => {
    expect(parseRoute('#/digest?ids=a1,b2, c3,')).toEqual({ name: 'digest', ids: ['a1', 'b2', 'c3'] });
    expect(parseRoute('#/digest')).toEqual({ name: 'digest', ids: [] });
  });
});
