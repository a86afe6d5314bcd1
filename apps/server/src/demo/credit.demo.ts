import type { DemoStep } from './demo.context';

// Scaffold: this area's demo generator is being written.
export const creditDemoStep: DemoStep = {
  name: '承诺与信用',
  load: async () => '承诺与信用：尚无演示数据',
};
