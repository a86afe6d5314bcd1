import type { DemoStep } from './demo.context';

// Scaffold: this area's demo generator is being written.
export const equipmentDemoStep: DemoStep = {
  name: '执法装备',
  load: async () => '执法装备：尚无演示数据',
};
