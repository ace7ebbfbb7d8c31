// zod probes for eval (`new Function('')`) when it builds its first object schema, unless `jitless`
// is set before. On a page the Content-Security-Policy forbids eval and Chrome reports the probe as
// a violation in the console, so where a `document` exists zod runs jitless, set here, before the
// first schema of src/domain is built. Node (command line, tests) and the engine worker keep zod's
// faster compiled parsers. It lives here, not in the page's entry, because the domain chunk (shared
// with the lazy simulator) runs before the page's own code.
import * as z from 'zod';

if (typeof document !== 'undefined') z.config({ jitless: true });
