/**
 * What the profile module offers the rest of the server: nothing; it only serves the province
 * profile to the browser. Server code reads the profile through `lib/profile.ts`.
 */
export {};
