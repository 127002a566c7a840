import { describe, expect, it } from 'vitest';
import { initialsOf, nameParts } from '../../../utils/model/name-parts';

describe('name parts', () => {
  it('splits Western names at the last word, "Family, Given" at the comma', () => {
    expect(nameParts('Yoko Tanaka')).toEqual({ family: 'Tanaka', given: 'Yoko', cjk: false });
    expect(nameParts('Mary Ann Smith')).toMatchObject({ family: 'Smith', given: 'Mary Ann' });
    expect(nameParts('Tanaka, Yoko')).toMatchObject({ family: 'Tanaka', given: 'Yoko' });
    expect(nameParts('Cher')).toMatchObject({ family: '', given: 'Cher' });
  });

  it('reads CJK names family first, and keeps an unspaced one whole rather than guess the boundary', () => {
    expect(nameParts('田中 陽子')).toEqual({ family: '田中', given: '陽子', cjk: true });
    expect(nameParts('山田\u3000さくら')).toMatchObject({ family: '山田', given: 'さくら' });
    expect(nameParts('田中陽子')).toMatchObject({ family: '田中陽子', given: '' });
  });
});

describe('avatar initials', () => {
  it('use the family name’s first character for CJK names: 田, not 田陽; 山, not 山さ', () => {
    expect(initialsOf('田中 陽子')).toBe('田');
    expect(initialsOf('田中陽子')).toBe('田');
    expect(initialsOf('山田 さくら')).toBe('山');
  });

  it('use given and family initials otherwise', () => {
    expect(initialsOf('yoko tanaka')).toBe('YT');
    expect(initialsOf('Cher')).toBe('C');
    expect(initialsOf('   ')).toBe('?');
  });
});
