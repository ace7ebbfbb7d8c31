// In the browser zod must not probe for eval (`new Function('')`): the Content-Security-Policy
// forbids it and Chrome logs a violation. Import this first in every browser entry (page, workers).
import * as z from 'zod';

z.config({ jitless: true });
