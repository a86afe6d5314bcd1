import type { SeededRandom } from './demo.random';

// Surnames weighted roughly by their share of the population (公安部 户籍统计).
const surnames: readonly (readonly [string, number])[] = [
  ['王', 72],
  ['李', 70],
  ['张', 68],
  ['刘', 53],
  ['陈', 45],
  ['杨', 33],
  ['黄', 25],
  ['赵', 20],
  ['吴', 19],
  ['周', 19],
  ['徐', 15],
  ['孙', 15],
  ['马', 14],
  ['朱', 13],
  ['胡', 12],
  ['郭', 12],
  ['何', 11],
  ['林', 10],
  ['罗', 10],
  ['高', 10],
  ['郑', 9],
  ['梁', 9],
  ['谢', 8],
  ['宋', 7],
  ['唐', 7],
  ['许', 7],
  ['韩', 7],
  ['邓', 6],
  ['冯', 6],
  ['曹', 6],
  ['彭', 6],
  ['曾', 6],
  ['肖', 6],
  ['田', 5],
  ['董', 5],
  ['潘', 5],
  ['袁', 5],
  ['蔡', 5],
  ['蒋', 5],
  ['余', 5],
  ['于', 5],
  ['杜', 4],
  ['叶', 4],
  ['程', 4],
  ['魏', 4],
  ['苏', 4],
  ['吕', 4],
  ['丁', 4],
  ['任', 4],
  ['卢', 4],
  ['姚', 4],
  ['沈', 4],
  ['钟', 4],
  ['姜', 4],
  ['崔', 3],
  ['谭', 3],
  ['陆', 3],
  ['范', 3],
  ['汪', 3],
  ['廖', 3],
  ['石', 3],
  ['金', 3],
  ['熊', 3],
  ['邹', 3],
  ['万', 2],
  ['龚', 2],
  ['涂', 2],
  ['饶', 2],
];

const givenNameCharacters =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉斌波宇浩凯鹏俊峰晨欣怡佳雪琳婷志红玲燕飞鑫磊宁瑞琴云海林亮'.split(
    '',
  );

export function generatePersonName(random: SeededRandom): string {
  const surname = random.pickWeighted(surnames);
  const length = random.chance(0.7) ? 2 : 1;
  let given = '';
  for (let index = 0; index < length; index++) given += random.pick(givenNameCharacters);
  return surname + given;
}

export function generateMobileNumber(random: SeededRandom): string {
  const prefixes = [
    '135',
    '136',
    '137',
    '138',
    '139',
    '150',
    '151',
    '152',
    '157',
    '158',
    '159',
    '182',
    '187',
    '188',
    '133',
    '153',
    '180',
    '189',
    '130',
    '131',
    '132',
    '155',
    '156',
    '186',
  ];
  let number = random.pick(prefixes);
  for (let index = 0; index < 8; index++) number += String(random.integer(0, 9));
  return number;
}
