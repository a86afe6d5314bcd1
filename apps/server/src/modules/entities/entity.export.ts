import { PassThrough, Readable } from 'node:stream';
import {
  type EntityInput,
  type EntityListQuery,
  entityExchangeColumns,
  formatEntityExchangeValue,
  type KeyPolluterMedium,
  type OperatingStatus,
  type PermitClass,
} from '@qingshan/domain';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import type { Database } from '../../db/client';
import type { AuthContext } from '../../lib/auth/auth.context';
import { csvByteOrderMark, csvLine } from '../../lib/csv';
import {
  type EntityExportRow,
  type EntityFilter,
  type FilterContext,
  findEntityExportChunk,
} from './entity.repository';

/** Rows read per query while exporting: the file grows chunk by chunk, never the whole list in memory. */
const exportChunkSize = 2_000;

export type ExportFormat = 'xlsx' | 'csv';

/** The exported row as `EntityInput`, so export and import share one formatting (entityExchangeColumns). */
export function exportRowToInput(row: EntityExportRow): EntityInput {
  return {
    creditCode: row.credit_code,
    name: row.name,
    legalRepresentative: row.legal_representative,
    address: row.address,
    regionCode: row.region_code,
    industryCode: row.industry_code,
    permitNumber: row.permit_number,
    permitClass: row.permit_class as PermitClass | null,
    permitValidUntil: row.permit_valid_until,
    isSpecialSupervision: row.is_special_supervision,
    specialSupervisionReason: row.special_supervision_reason,
    hasAutomaticMonitoring: row.has_automatic_monitoring,
    isMonitoringNetworked: row.is_monitoring_networked,
    operatingStatus: row.operating_status as OperatingStatus,
    coordinates:
      row.longitude === null || row.latitude === null
        ? null
        : { longitude: Number(row.longitude), latitude: Number(row.latitude) },
    contactPerson: row.contact_person,
    contactPhone: row.contact_phone,
    keyPolluterMedia: (row.key_polluter_media ?? []) as KeyPolluterMedium[],
  };
}

/** Every row of the filter, chunk by chunk, in county then pinyin name order. */
async function* exportRows(
  db: Database,
  auth: AuthContext,
  filter: EntityFilter,
  at: FilterContext,
): AsyncGenerator<EntityExportRow[]> {
  let after: { countyCode: string; nameSortKey: string; name: string; id: string } | null = null;
  for (;;) {
    const chunk = await findEntityExportChunk(db, auth, filter, at, after, exportChunkSize);
    if (chunk.length === 0) return;
    yield chunk;
    if (chunk.length < exportChunkSize) return;
    const last = chunk[chunk.length - 1]!;
    after = { countyCode: last.county_code, nameSortKey: last.name_sort_key, name: last.name, id: last.id };
  }
}

/** CSV in UTF-8 with a byte-order mark, so Excel opens the Chinese correctly; RFC 4180 quoting. */
export function streamEntityCsv(
  db: Database,
  auth: AuthContext,
  query: EntityListQuery,
  at: FilterContext,
): Readable {
  async function* lines() {
    yield `${csvByteOrderMark}${csvLine(entityExchangeColumns.map((column) => column.header))}`;
    for await (const chunk of exportRows(db, auth, query, at)) {
      let text = '';
      for (const row of chunk) {
        const input = exportRowToInput(row);
        text += csvLine(entityExchangeColumns.map((column) => formatEntityExchangeValue(column, input)));
      }
      yield text;
    }
  }
  return Readable.from(lines());
}

/**
 * An .xlsx written as it is read (exceljs' streaming writer): one sheet, the exchange columns,
 * codes kept as text so Excel does not turn them into numbers.
 */
export function streamEntityWorkbook(
  db: Database,
  auth: AuthContext,
  query: EntityListQuery,
  at: FilterContext,
  now: Date,
): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = '青山生态环境执法平台';
  workbook.created = now;
  const sheet = workbook.addWorksheet('监管对象', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = entityExchangeColumns.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
    style: column.format === 'code' || column.format === 'date' ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  (async () => {
    for await (const chunk of exportRows(db, auth, query, at)) {
      for (const row of chunk) {
        const input = exportRowToInput(row);
        const values: Record<string, string | number> = {};
        for (const column of entityExchangeColumns) {
          const text = formatEntityExchangeValue(column, input);
          values[column.key] = column.format === 'number' && text !== '' ? Number(text) : text;
        }
        sheet.addRow(values).commit();
      }
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => output.destroy(error as Error));
  return output;
}

const contentTypes: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** Sends a stream as a download named `<title>-<date>.<ext>` (RFC 5987 for the Chinese name). */
export function sendDownload(
  reply: FastifyReply,
  body: Readable,
  title: string,
  format: ExportFormat,
  date: string,
) {
  const filename = `${title}-${date}.${format}`;
  return reply
    .header('content-type', contentTypes[format])
    .header(
      'content-disposition',
      `attachment; filename="export.${format}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    )
    .send(body);
}
