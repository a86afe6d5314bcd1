/**
 * What the audit module offers the rest of the server: nothing yet. Its routes read the trail;
 * every write goes through `lib/audit` (the one writer keeps the hash chain), so other modules
 * never need this module. Add an export here when one does (docs/ADDING_AN_AREA.md).
 */
export {};
