import { z } from 'zod';

// zod's object parser probes `new Function` before compiling itself; the app's CSP forbids eval and reports the probe
// as a violation even though zod catches it. Every module takes zod from here, so this runs before any schema exists.
z.config({ jitless: true });

export { z };
