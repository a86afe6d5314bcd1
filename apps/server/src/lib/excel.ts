import type { FastifyReply } from 'fastify';
import { type Clock, todayOf } from './clock';

const excelContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a workbook as a download named `<title>-<date>.xlsx` (RFC 5987 for the Chinese name). */
export function sendExcel(reply: FastifyReply, workbook: Buffer, title: string, clock: Clock): FastifyReply {
  const date = todayOf({ clock });
  const filename = `${title}-${date}.xlsx`;
  return reply
    .header('content-type', excelContentType)
    .header(
      'content-disposition',
      `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    )
    .send(workbook);
}
