import { z } from 'zod';

// zod 4 compiles validators with `new Function` unless told not to; extension CSP forbids that.
z.config({ jitless: true });

export { z };
