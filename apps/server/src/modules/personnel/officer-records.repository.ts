import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { officerAwards, officerSecondments, officerTrainings } from '../../db/schema/index';

export async function findSecondmentOfOfficer(db: Database, officerId: string, secondmentId: string) {
  const [row] = await db
    .select()
    .from(officerSecondments)
    .where(and(eq(officerSecondments.id, secondmentId), eq(officerSecondments.officerId, officerId)))
    .limit(1);
  return row;
}

export async function hasOpenSecondment(db: Database, officerId: string): Promise<boolean> {
  const rows = await db
    .select({ id: officerSecondments.id, returnedOn: officerSecondments.returnedOn })
    .from(officerSecondments)
    .where(eq(officerSecondments.officerId, officerId));
  return rows.some((row) => row.returnedOn === null);
}

export async function insertSecondment(db: Database, values: typeof officerSecondments.$inferInsert) {
  await db.insert(officerSecondments).values(values);
}

export async function updateSecondmentRow(
  db: Database,
  id: string,
  changes: Partial<typeof officerSecondments.$inferInsert>,
) {
  await db.update(officerSecondments).set(changes).where(eq(officerSecondments.id, id));
}

export async function insertTraining(db: Database, values: typeof officerTrainings.$inferInsert) {
  await db.insert(officerTrainings).values(values);
}

export async function insertAward(db: Database, values: typeof officerAwards.$inferInsert) {
  await db.insert(officerAwards).values(values);
}
