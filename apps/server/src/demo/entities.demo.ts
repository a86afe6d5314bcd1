import type { DemoStep } from './demo.context';

// Scaffold: this area's demo generator is being written.
export const entityDemoStep: DemoStep = {
  name: '监管对象',
  load: async () => '监管对象：尚无演示数据',
};
