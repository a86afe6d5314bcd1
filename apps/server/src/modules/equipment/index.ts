// What the equipment module offers the rest of the app: the items each agency of a subtree holds,
// by category, for the capacity gap (CAP).
export { countHeldEquipmentByAgency } from './equipment-holdings.repository';
