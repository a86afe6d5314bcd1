// What the equipment module offers the rest of the app: the items each agency of a subtree holds,
// by category, for the capacity gap (CAP). Another area that counts or shows equipment asks here
// (D53), never by naming the equipment tables.
export { countHeldEquipmentByAgency } from './equipment-holdings.repository';
