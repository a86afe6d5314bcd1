import { catalogueDemoStep } from './catalogues.demo';
import { creditDemoStep } from './credit.demo';
import type { DemoStep } from './demo.context';
import { entityDemoStep } from './entities.demo';
import { equipmentDemoStep } from './equipment.demo';
import { personnelDemoStep } from './personnel.demo';

/**
 * The demo steps after regions, agencies and accounts, in the order they load: published lists
 * first (entities and inspections refer to them), then entities, the officers who supervise them,
 * the entities' commitments and credit, and the agencies' equipment.
 */
export const demoSteps: DemoStep[] = [
  catalogueDemoStep,
  entityDemoStep,
  personnelDemoStep,
  creditDemoStep,
  equipmentDemoStep,
];
