import {
  type InspectionTaskDetail,
  inspectionFindingDispositionLabels,
  inspectionItemResultLabels,
  recusalAnswerLabels,
  recusalOutcomeLabels,
} from '@qingshan/domain';
import { AlignmentType, Document, Footer, ImageRun, Packer, PageNumber, Paragraph, TextRun } from 'docx';

/**
 * The 现场检查笔录 as a Word document, in the layout the record has on paper: title, time and
 * place, the entity and its people, the officers with their certificate numbers, the paragraphs on
 * showing certificates (行政处罚法 art. 55), informing of rights and duties and the recusal
 * question (行政处罚法 art. 43), what was checked and found, the photos with their fingerprints,
 * and the signatures as drawn. Pure: the service gathers the data and checks access.
 */

export interface SignatureImage {
  id: string;
  content: Uint8Array | null;
}

const font = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };
const bodySize = 24; // 小四 (12 pt), in half-points
/** A signature drawn on a 390 px phone canvas, shown at roughly the width of a handwritten one. */
const signatureSize = { width: 180, height: 60 };

function text(value: string, options: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text: value, font, size: options.size ?? bodySize, bold: options.bold });
}

function line(label: string, value: string | null | undefined): Paragraph {
  return new Paragraph({
    spacing: { after: 80 },
    children: [text(`${label}：`, { bold: true }), text(value?.trim() ? value : '——')],
  });
}

function paragraph(value: string): Paragraph {
  return new Paragraph({ spacing: { after: 80 }, indent: { firstLine: 480 }, children: [text(value)] });
}

function heading(value: string): Paragraph {
  return new Paragraph({ spacing: { before: 160, after: 80 }, children: [text(value, { bold: true })] });
}

const shanghai = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** 2026年11月20日 09时05分, in China whatever the server's zone. */
export function formatChineseDateTime(moment: string | null): string {
  if (!moment) return '——';
  const parts = Object.fromEntries(
    shanghai.formatToParts(new Date(moment)).map((part) => [part.type, part.value]),
  );
  return `${parts.year}年${parts.month}月${parts.day}日 ${parts.hour}时${parts.minute}分`;
}

function timeOnly(moment: string | null): string {
  return moment ? formatChineseDateTime(moment).slice(-6) : '——';
}

function officerLine(detail: InspectionTaskDetail): string {
  return detail.officers
    .map(
      (officer) =>
        `${officer.name}（${officer.agencyName}，执法证号 ${officer.certificateNumber ?? '未登记'}）`,
    )
    .join('；');
}

function procedureParagraphs(detail: InspectionTaskDetail): Paragraph[] {
  const record = detail.record!;
  if (record.isEntityClosed) {
    return [
      paragraph('经现场核查，被检查单位停产、关闭或查无此户，现场无当事人，未进行出示证件、告知及回避询问。'),
    ];
  }
  const names = new Map(detail.officers.map((officer) => [officer.officerId, officer.name]));
  const shown = record.certificatesShown.map(
    (entry) => `${names.get(entry.officerId) ?? '检查人员'}（证号 ${entry.certificateNumber}）`,
  );
  const party = record.personPresent ?? '当事人';
  const recusal = record.recusal;
  const recused = recusal?.officerId ? (names.get(recusal.officerId) ?? '检查人员') : null;
  const recusalText = !recusal?.isAsked
    ? '未登记回避询问。'
    : recusal.answer === 'requested'
      ? `答：申请${recused ?? '检查人员'}回避。${recusal.note ?? ''} 处理结果：${
          recusal.outcome ? recusalOutcomeLabels[recusal.outcome] : '未登记'
        }。`
      : `答：${recusal.answer ? recusalAnswerLabels[recusal.answer] : '未答复'}。`;
  return [
    heading('出示执法证件'),
    paragraph(
      shown.length > 0 ? `检查人员已向${party}出示执法证件：${shown.join('、')}。` : '未登记出示执法证件。',
    ),
    heading('告知权利义务'),
    paragraph(
      record.rightsInformedAt
        ? `检查人员已于${formatChineseDateTime(record.rightsInformedAt)}告知${party}：我们是${detail.plan.agencyName}的执法人员，现依法对你单位进行现场检查。你单位有如实回答询问、协助配合检查的义务，不得拒绝、阻挠；享有陈述、申辩的权利，对检查人员的违法行为有权检举、控告。`
        : '未登记告知权利义务。',
    ),
    heading('回避'),
    paragraph(
      `问：检查人员与你单位是否有直接利害关系或者其他可能影响公正执法的关系，你单位是否申请检查人员回避？`,
    ),
    paragraph(recusalText),
  ];
}

function inspectionParagraphs(detail: InspectionTaskDetail): Paragraph[] {
  const record = detail.record!;
  const results = new Map(record.itemResults.map((item) => [item.itemId, item]));
  const items = detail.items.map((item, index) => {
    const result = results.get(item.id);
    const verdict = result ? inspectionItemResultLabels[result.result] : '未检查';
    return paragraph(`${index + 1}. ${item.name}：${verdict}${result?.note ? `。${result.note}` : ''}`);
  });
  const findings = detail.findings.map((finding, index) =>
    paragraph(
      `问题 ${index + 1}：${finding.description}（${inspectionFindingDispositionLabels[finding.disposition]}${
        finding.rectificationDueOn ? `，整改期限 ${finding.rectificationDueOn}` : ''
      }）`,
    ),
  );
  return [
    heading('检查情况'),
    ...items,
    ...(record.observations ? [paragraph(record.observations)] : []),
    ...(findings.length > 0 ? [heading('发现的问题及处理'), ...findings] : []),
  ];
}

function photoParagraphs(detail: InspectionTaskDetail): Paragraph[] {
  if (detail.photos.length === 0) return [heading('现场照片'), paragraph('无。')];
  return [
    heading(`现场照片（${detail.photos.length} 张，原件存于系统，可按 SHA-256 指纹核对）`),
    ...detail.photos.map((photo, index) =>
      paragraph(
        `${index + 1}. ${photo.fileName}${photo.caption ? `（${photo.caption}）` : ''}，拍摄时间 ${formatChineseDateTime(
          photo.takenAt ?? photo.createdAt,
        )}，SHA-256：${photo.sha256}`,
      ),
    ),
  ];
}

function signatureParagraphs(
  detail: InspectionTaskDetail,
  images: ReadonlyMap<string, Uint8Array>,
): Paragraph[] {
  const signed = (
    label: string,
    signature: InspectionTaskDetail['signatures'][number] | undefined,
    name: string,
  ) => {
    const image = signature ? images.get(signature.id) : undefined;
    if (signature?.isRefused) {
      return new Paragraph({
        spacing: { after: 120 },
        children: [
          text(`${label}：`, { bold: true }),
          text(
            `${name} 拒绝签字。情况：${signature.refusalNote ?? ''}${signature.witness ? `；见证人：${signature.witness}` : ''}（${formatChineseDateTime(signature.signedAt)}）`,
          ),
        ],
      });
    }
    return new Paragraph({
      spacing: { after: 120 },
      children: [
        text(`${label}：`, { bold: true }),
        ...(image
          ? [
              new ImageRun({
                type: 'png',
                data: image,
                transformation: signatureSize,
                altText: { name: `${name}签名`, description: `${name}签名`, title: `${name}签名` },
              }),
              text(`  ${name}  ${formatChineseDateTime(signature!.signedAt)}`),
            ]
          : [text(`${name}（未签名）`)]),
      ],
    });
  };
  const officerSignatures = detail.officers.map((officer) =>
    signed(
      '检查人员签名',
      detail.signatures.find(
        (signature) => signature.signer === 'officer' && signature.officerId === officer.officerId,
      ),
      officer.name,
    ),
  );
  const record = detail.record!;
  const party = record.isEntityClosed
    ? []
    : [
        signed(
          '现场负责人签名',
          detail.signatures.find((signature) => signature.signer === 'person_present'),
          record.personPresent ?? '现场负责人',
        ),
      ];
  return [
    heading('签名'),
    paragraph('以上笔录经核对无误（已向当事人宣读或交其阅读）。'),
    ...party,
    ...officerSignatures,
  ];
}

export async function renderInspectionRecordDocument(
  detail: InspectionTaskDetail,
  signatureImages: readonly SignatureImage[],
): Promise<Buffer> {
  const record = detail.record;
  if (!record) throw new Error('renderInspectionRecordDocument needs a record');
  const images = new Map(
    signatureImages.flatMap((image) => (image.content ? [[image.id, image.content] as const] : [])),
  );
  const entity = detail.entity;
  const footerText = `现场检查笔录 · ${entity.name} · ${detail.plan.number} 第 ${detail.task.position} 号任务 · `;
  const document = new Document({
    creator: detail.plan.agencyName,
    title: `现场检查笔录（${entity.name}）`,
    description: `${detail.plan.title} 第 ${detail.task.position} 号任务`,
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: footerText, font, size: 18 }),
                  new TextRun({
                    children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'],
                    font,
                    size: 18,
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 120 },
            children: [text('现场检查笔录', { bold: true, size: 44 })],
          }),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { after: 200 },
            children: [
              text(`${detail.plan.number} 第 ${detail.task.position} 号 · 第 ${record.revision} 版`, {
                size: 20,
              }),
            ],
          }),
          line('检查时间', `${formatChineseDateTime(record.startedAt)} 至 ${timeOnly(record.endedAt)}`),
          line('检查地点', record.location),
          line('被检查单位', `${entity.name}（统一社会信用代码 ${entity.creditCode}）`),
          line('单位地址', entity.address),
          line('法定代表人', entity.legalRepresentative),
          line(
            '现场负责人',
            record.personPresent
              ? [
                  record.personPresent,
                  record.personPresentPosition ? `职务 ${record.personPresentPosition}` : null,
                  record.personPresentIdNumber ? `身份证件号码 ${record.personPresentIdNumber}` : null,
                  record.personPresentPhone ? `联系电话 ${record.personPresentPhone}` : null,
                ]
                  .filter(Boolean)
                  .join('，')
              : null,
          ),
          line('检查人员及执法证号', officerLine(detail)),
          line('检查依据', `${detail.plan.title}（${detail.plan.number}，${detail.plan.agencyName}）`),
          line('记录人', record.createdByName),
          ...procedureParagraphs(detail),
          ...inspectionParagraphs(detail),
          ...photoParagraphs(detail),
          ...signatureParagraphs(detail, images),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
