export {
  type CapacityUnitSnapshot,
  loadCapacitySnapshot,
  resolveViewRoot,
  rollUpUnits,
} from './capacity.snapshot';
