import { describe, expect, it } from 'vitest';
import { writeTargets } from '../../../components/WriteLinks';

describe('one-click writing (issue 15)', () => {
  it('opens the LinkedIn profile (LinkedIn has no public compose link) and a mailto for the first email', () => {
    expect(
      writeTargets({
        profiles: [
          { kind: 'github', url: 'https://github.com/aiko' },
          { kind: 'linkedin', url: 'https://www.linkedin.com/in/aiko-tanaka/' },
        ],
        emails: ['aiko@example.org', 'second@example.org'],
      }),
    ).toEqual({ linkedin: 'https://www.linkedin.com/in/aiko-tanaka/', email: 'mailto:aiko%40example.org' });
  });

  it('offers nothing it cannot open safely, and cannot be turned into extra mail headers', () => {
    expect(writeTargets({ profiles: [{ kind: 'linkedin', url: 'javascript:alert(1)' }], emails: [] })).toEqual({
      linkedin: null,
      email: null,
    });
    expect(writeTargets({ profiles: [], emails: ['a@example.org?bcc=x@example.org'] }).email).toBe(
      'mailto:a%40example.org%3Fbcc%3Dx%40example.org',
    );
  });
});
