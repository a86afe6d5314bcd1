// What the regions module offers the rest of the app: region names for labelling.
export { findRegionNames } from './region.repository';
