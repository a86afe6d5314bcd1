import { catalogueDemoStep } from './catalogues.demo';
import { clockDemoStep } from './clocks.demo';
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
 * (drawn from the officers and entities above), then the statutory clocks of that history.
 */
export const demoSteps: DemoStep[] = [
  catalogueDemoStep,
  entityDemoStep,
  personnelDemoStep,
  creditDemoStep,
  equipmentDemoStep,
  randomCheckDemoStep,
  // statutory clocks of the history above, escalated once (SYS-3)
  clockDemoStep,
];
