export * from './equipment.categories';
export * from './equipment.contract';
export * from './equipment.gap';
export * from './equipment.lifecycle';
export * from './equipment.standard';
