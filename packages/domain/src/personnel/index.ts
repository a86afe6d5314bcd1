export * from './personnel.assignment';
export * from './personnel.certificate';
export * from './personnel.contract';
export * from './personnel.real-name-number';
export * from './personnel.secondment';
export * from './personnel.specialties';
export * from './personnel.vocabulary';
