import type { DemoStep } from './demo.context';

// Scaffold: this area's demo generator is being written.
export const personnelDemoStep: DemoStep = {
  name: '执法人员',
  load: async () => '执法人员：尚无演示数据',
};
