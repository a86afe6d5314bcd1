import { catalogueDemoStep } from './catalogues.demo';
import { creditDemoStep } from './credit.demo';
import type { DemoStep } from './demo.context';
import { entityDemoStep } from './entities.demo';
import { equipmentDemoStep } from './equipment.demo';
import { personnelDemoStep } from './personnel.demo';
import { randomCheckDemoStep } from './random-checks.demo';

/**
 * The demo steps after regions, agencies and accounts, in the order they load: published lists
 * first (entities and inspections refer to them), then entities, the officers who supervise them,
 * the entities' commitments and credit, the agencies' equipment, and a year of random checks
 * (drawn from the officers and entities above).
 */
export const demoSteps: DemoStep[] = [
  catalogueDemoStep,
  entityDemoStep,
  personnelDemoStep,
  creditDemoStep,
  equipmentDemoStep,
  randomCheckDemoStep,
];
