import type { DemoStep } from './demo.context';

// Scaffold: this area's demo generator is being written.
export const catalogueDemoStep: DemoStep = {
  name: '清单目录',
  load: async () => '清单目录：尚无演示数据',
};
