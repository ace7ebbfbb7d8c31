// zod probes for eval (`new Function('')`) when it builds its first object schema, unless `jitless`
// is set before. On a page the Content-Security-Policy forbids eval and Chrome reports the probe as
// a violation in the console, so where a `document` exists zod runs jitless, set here, before the
// first schema of src/domain is built. Node (command line, tests) and the engine worker keep zod's
// faster compiled parsers. (src/lib/zod-config.ts came too late once the domain code was split into
// a chunk of its own, shared with the lazy simulator: that chunk runs before the page's own code.)
import * as z from 'zod';

if (typeof document !== 'undefined') z.config({ jitless: true });
