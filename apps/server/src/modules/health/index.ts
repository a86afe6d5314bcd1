/** What the health module offers the rest of the server: nothing; it is only its `/health` route. */
export {};
