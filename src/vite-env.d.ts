/// <reference types="vite/client" />
/** True when the app runs on the mocked API (dev server, demo build). */
declare const __MOCKS__: boolean;
