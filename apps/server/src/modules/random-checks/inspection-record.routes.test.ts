import { createHash, randomUUID } from 'node:crypto';
import { count, eq, sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import {
  entityEvents,
  inspectionFindings,
  inspectionPhotos,
  inspectionRecordConfirmations,
  inspectionRecordSignatures,
  inspectionRecords,
  keyPolluterListings,
  randomCheckTasks,
} from '../../db/schema/index';
import {
  createAgency,
  createCatalogue,
  createDrawnTask,
  createEntity,
  createInspector,
  createUser,
  loginAgain,
  type TestAgency,
  type TestInspector,
  type TestOfficer,
  type TestUser,
} from '../../test/factories';
import { auditEntriesAfter, latestAuditId } from '../../test/test-fixtures';
import type { TestAgent, TestResponse, TestServer } from '../../test/test-server';
import { createTestServer } from '../../test/test-server';

function expectError(response: TestResponse, status: number, code: string, field?: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  if (field !== undefined) expect(response.body.error.field).toBe(field);
}

/** A 1×1 PNG. */
const pngBase64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const today = '2026-11-20';

interface TaskFixture {
  taskId: string;
  entityId: string;
}

describe('field inspection record (现场检查笔录, DR-5)', () => {
  let server: TestServer;
  /** An assigned officer of the county, the task's lead. */
  let lead: TestAgent;
  /** The second assigned officer of the county. */
  let member: TestAgent;
  let leadUser: TestUser;
  /** The county head: owns the plans (random_checks.manage over the county). */
  let countyHead: TestAgent;
  /** An inspector of the city above both counties: the task is in scope, but not theirs. */
  let cityInspector: TestAgent;
  /** An inspector of the other county. */
  let otherCounty: TestAgent;
  /** Users whose roles have no random-check permission. */
  let auditor: TestUser;
  let hotlineOperator: TestUser;
  let county: TestAgency;
  /** The name of the county the county's entities lie in (GB/T 2260). */
  let countyRegionName: string;
  let itemIds: string[];
  let itemNames: string[];
  let officerIds: { lead: string; member: string; otherLead: string; otherMember: string };
  /** The task the happy path fills, confirms and completes. */
  let main: TaskFixture;
  /** Same officers, a plan whose inspection day has not come (DR-4). */
  let secret: TaskFixture;
  /** Same officers, deadline passed, nothing recorded. */
  let overdue: TaskFixture;
  /** A task of the other county with its own officers. */
  let foreign: TaskFixture;
  /** A task used for the refusal cases that must change nothing. */
  let spare: TaskFixture;

  async function insertTask(options: {
    key: string;
    agency: TestAgency;
    startsOn: string;
    dueOn: string;
    officers: [TestOfficer, TestOfficer];
  }): Promise<TaskFixture> {
    const name = `现场检查测试${options.key}有限公司`;
    const entity = await createEntity(server, options.agency, {
      name,
      fields: {
        address: `${name}厂区`,
        permitNumber: '91360121MA35XXXX01001P',
        permitClass: 'key',
        longitude: 115.94,
        latitude: 28.55,
      },
    });
    return createDrawnTask(server, entity, {
      title: `现场检查测试计划${options.key}`,
      officers: options.officers,
      itemIds,
      inspectionStartsOn: options.startsOn,
      inspectionDueOn: options.dueOn,
    });
  }

  /** Everything a task's record consists of, to show that a refused act changed nothing. */
  async function stateOf(taskId: string) {
    const [task] = await server.db.select().from(randomCheckTasks).where(eq(randomCheckTasks.id, taskId));
    const [record] = await server.db
      .select()
      .from(inspectionRecords)
      .where(eq(inspectionRecords.taskId, taskId));
    const counted = async (table: typeof inspectionPhotos | typeof inspectionFindings) =>
      record
        ? (await server.db.select({ value: count() }).from(table).where(eq(table.recordId, record.id)))[0]!
            .value
        : 0;
    const confirmations = record
      ? (
          await server.db
            .select({ value: count() })
            .from(inspectionRecordConfirmations)
            .where(eq(inspectionRecordConfirmations.recordId, record.id))
        )[0]!.value
      : 0;
    const signatures = record
      ? (
          await server.db
            .select({ value: count() })
            .from(inspectionRecordSignatures)
            .where(eq(inspectionRecordSignatures.recordId, record.id))
        )[0]!.value
      : 0;
    return {
      status: task!.status,
      record: record ? { ...record, updatedAt: record.updatedAt.toISOString() } : null,
      photos: await counted(inspectionPhotos),
      findings: await counted(inspectionFindings),
      confirmations,
      signatures,
    };
  }

  const url = (fixture: TaskFixture, path = '') => `/api/field-inspections/tasks/${fixture.taskId}${path}`;

  /** The record with every entry a 笔录 needs, as a new draft version edited from `revision`. */
  function completeRecord(overrides: Record<string, unknown> = {}) {
    return {
      revision: 0,
      draftId: randomUUID(),
      inspectedOn: today,
      startedAt: '2026-11-20T01:00:00.000Z',
      endedAt: '2026-11-20T01:50:00.000Z',
      location: '厂区污水处理站及废气排放口',
      personPresent: '李建国',
      personPresentPosition: '安全环保部经理',
      personPresentPhone: '13907910001',
      certificatesShown: [
        { officerId: officerIds.lead, certificateNumber: '36010021001' },
        { officerId: officerIds.member, certificateNumber: '36010021002' },
      ],
      rightsInformedAt: '2026-11-20T01:05:00.000Z',
      recusal: { isAsked: true, answer: 'not_requested' },
      itemResults: [
        { itemId: itemIds[0], result: 'non_compliant', note: '废水排放口标志牌缺失' },
        { itemId: itemIds[1], result: 'compliant' },
      ],
      observations: '企业正常生产，污染防治设施运行。',
      ...overrides,
    };
  }

  /** Saves the record as an officer whose draft was edited from the server's current revision. */
  async function saveRecord(agent: TestAgent, fixture: TaskFixture, body: Record<string, unknown>) {
    const current = (await agent.get(url(fixture))).body;
    return agent.put(url(fixture, '/record'), { ...body, revision: current.record?.revision ?? 0 });
  }

  /** Both officers and the person present sign the record as it stands. */
  async function signAll(agent: TestAgent, fixture: TaskFixture) {
    for (const officerId of [officerIds.lead, officerIds.member]) {
      const signed = await agent.post(url(fixture, '/signatures'), {
        signer: 'officer',
        officerId,
        imageBase64: pngBase64,
      });
      expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    }
    const party = await agent.post(url(fixture, '/signatures'), {
      signer: 'person_present',
      imageBase64: pngBase64,
    });
    expect(party.status, JSON.stringify(party.body)).toBe(200);
    return party;
  }

  /** Runs `act`, then checks it appended exactly one audit entry with `action`. */
  async function withOneAuditEntry(action: string, act: () => Promise<TestResponse>, status = 200) {
    const before = await latestAuditId(server);
    const response = await act();
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    const entries = await auditEntriesAfter(server, before);
    expect(entries.map((entry) => entry.action)).toEqual([action]);
    return { response, entry: entries[0]! };
  }

  beforeAll(async () => {
    server = await createTestServer();
    // A city of the test's own over two counties, each with two inspectors linked to accounts.
    const city = await createAgency(server, { kind: 'county_bureau' });
    county = await createAgency(server, { parent: city, kind: 'county_bureau' });
    const other = await createAgency(server, { parent: city, kind: 'county_bureau' });
    const head = await createUser(server, county, ['agency_head']);
    const otherHead = await createUser(server, other, ['agency_head']);
    const ours: TestInspector[] = [await createInspector(server, head), await createInspector(server, head)];
    const theirs = [await createInspector(server, otherHead), await createInspector(server, otherHead)];
    // Two published random-inspection items with different names.
    const catalogue = await createCatalogue(server, head, { items: 2 });
    itemIds = catalogue.itemIds;
    itemNames = catalogue.itemNames;
    officerIds = {
      lead: ours[0]!.officer.id,
      member: ours[1]!.officer.id,
      otherLead: theirs[0]!.officer.id,
      otherMember: theirs[1]!.officer.id,
    };
    const team: [TestOfficer, TestOfficer] = [ours[0]!.officer, ours[1]!.officer];
    main = await insertTask({
      key: 'A',
      agency: county,
      startsOn: '2026-11-16',
      dueOn: '2026-11-30',
      officers: team,
    });
    secret = await insertTask({
      key: 'B',
      agency: county,
      startsOn: '2026-11-25',
      dueOn: '2026-12-10',
      officers: team,
    });
    overdue = await insertTask({
      key: 'C',
      agency: county,
      startsOn: '2026-11-02',
      dueOn: '2026-11-13',
      officers: team,
    });
    spare = await insertTask({
      key: 'D',
      agency: county,
      startsOn: '2026-11-16',
      dueOn: '2026-11-30',
      officers: team,
    });
    foreign = await insertTask({
      key: 'E',
      agency: other,
      startsOn: '2026-11-16',
      dueOn: '2026-11-30',
      officers: [theirs[0]!.officer, theirs[1]!.officer],
    });
    const [region] = await queryRows<{ name: string }>(
      server.db,
      sql`SELECT name FROM regions WHERE code = ${county.regionCode}`,
    );
    countyRegionName = region!.name;

    leadUser = ours[0]!.user;
    lead = leadUser.agent;
    member = ours[1]!.user.agent;
    countyHead = head.agent;
    cityInspector = (await createUser(server, city, ['inspector'])).agent;
    otherCounty = theirs[0]!.user.agent;
    auditor = await createUser(server, city, ['audit_admin']);
    hotlineOperator = await createUser(server, city, ['hotline_operator']);
  });
  afterAll(async () => {
    await server.close();
  });

  describe('who sees a task', () => {
    it('answers 401 without a session and 403 to roles without random-check permissions', async () => {
      expectError(await server.anonymous().get(url(main)), 401, 'UNAUTHENTICATED');
      expectError(await auditor.agent.get(url(main)), 403, 'FORBIDDEN');
      const hotline = hotlineOperator.agent;
      expectError(await hotline.get(url(main)), 403, 'FORBIDDEN');
      expectError(await hotline.put(url(main, '/record'), completeRecord()), 403, 'FORBIDDEN');
    });

    it('shows an assigned officer the entity, the items with their legal basis and the officers', async () => {
      // Listed this year for two media and last year for a third: the record shows this year's, sorted.
      await server.db.insert(keyPolluterListings).values([
        { entityId: main.entityId, year: 2026, medium: 'water' },
        { entityId: main.entityId, year: 2026, medium: 'air' },
        { entityId: main.entityId, year: 2025, medium: 'soil' },
      ]);
      const response = await lead.get(url(main));
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const detail = response.body;
      expect(detail.entity).toMatchObject({
        name: '现场检查测试A有限公司',
        address: '现场检查测试A有限公司厂区',
        permitClass: 'key',
        longitude: 115.94,
        latitude: 28.55,
        keyPolluterMedia: ['air', 'water'],
      });
      expect(detail.entity.regionName).toContain(countyRegionName);
      expect(detail.items.map((item: { name: string }) => item.name)).toEqual(itemNames);
      for (const item of detail.items) {
        expect(item.legalBases.length, item.name).toBeGreaterThan(0);
        expect(item.legalBases[0].law).toMatch(/^《/);
      }
      expect(detail.officers).toHaveLength(2);
      expect(detail.officers.find((officer: { isMe: boolean }) => officer.isMe).role).toBe('lead');
      expect(detail.record).toBeNull();
      expect(detail.gaps.map((gap: { field: string }) => gap.field)).toEqual(['record']);
      expect(detail.viewer).toEqual({
        isAssigned: true,
        canEdit: true,
        canConfirm: false,
        hasConfirmed: false,
        readOnlyReason: null,
      });
      expect(detail.task).toMatchObject({ status: 'pending', isOverdue: false, resultsDueOn: '2026-11-30' });
    });

    it('lets others in the jurisdiction read from the inspection day, but not write (403)', async () => {
      const response = await cityInspector.get(url(main));
      expect(response.status).toBe(200);
      expect(response.body.viewer).toMatchObject({ isAssigned: false, canEdit: false, canConfirm: false });
      expect(response.body.viewer.readOnlyReason).toMatch(/只有本任务的检查人员/);
      const before = await stateOf(main.taskId);
      const auditBefore = await latestAuditId(server);
      expectError(await cityInspector.put(url(main, '/record'), completeRecord()), 403, 'FORBIDDEN');
      expectError(
        await cityInspector.post(url(main, '/photos'), {
          fileName: 'a.png',
          mediaType: 'image/png',
          contentBase64: pngBase64,
        }),
        403,
        'FORBIDDEN',
      );
      expectError(
        await countyHead.post(url(main, '/findings'), {
          description: '标志牌缺失',
          disposition: 'rectification',
          rectificationDueOn: '2026-12-20',
        }),
        403,
        'FORBIDDEN',
      );
      expectError(await countyHead.post(url(main, '/confirm'), {}), 403, 'FORBIDDEN');
      expect(await stateOf(main.taskId)).toEqual(before);
      expect(await latestAuditId(server)).toBe(auditBefore);
    });

    it('keeps a task secret before its inspection day from everyone but the plan owner (DR-4)', async () => {
      expectError(await lead.get(url(secret)), 404, 'NOT_FOUND');
      expectError(await cityInspector.get(url(secret)), 404, 'NOT_FOUND');
      expectError(await lead.put(url(secret, '/record'), completeRecord()), 404, 'NOT_FOUND');
      const owner = await countyHead.get(url(secret));
      expect(owner.status).toBe(200);
      expect(owner.body.viewer.canEdit).toBe(false);
      // The day comes: the officers see it (a new session: the clock jumps days ahead).
      server.clock.set(new Date('2026-11-25T01:00:00.000Z'));
      try {
        const later = await loginAgain(server, leadUser);
        expect((await later.get(url(secret))).status).toBe(200);
      } finally {
        server.clock.set(new Date('2026-11-20T02:00:00.000Z'));
      }
    });

    it('answers 404 outside the jurisdiction, and to an unknown task, and changes nothing', async () => {
      const before = await stateOf(foreign.taskId);
      const auditBefore = await latestAuditId(server);
      expectError(await lead.get(url(foreign)), 404, 'NOT_FOUND');
      expectError(await lead.put(url(foreign, '/record'), completeRecord()), 404, 'NOT_FOUND');
      expectError(
        await lead.post(url(foreign, '/photos'), {
          fileName: 'a.png',
          mediaType: 'image/png',
          contentBase64: pngBase64,
        }),
        404,
        'NOT_FOUND',
      );
      expectError(await lead.post(url(foreign, '/confirm'), {}), 404, 'NOT_FOUND');
      expectError(await otherCounty.get(url(main)), 404, 'NOT_FOUND');
      expectError(await lead.get(`/api/field-inspections/tasks/${randomUUID()}`), 404, 'NOT_FOUND');
      expect(await stateOf(foreign.taskId)).toEqual(before);
      expect(await latestAuditId(server)).toBe(auditBefore);
      // The city, above both counties, reads the other county's task too.
      expect((await cityInspector.get(url(foreign))).status).toBe(200);
    });

    it('flags a task without a result after the plan deadline as overdue', async () => {
      const response = await lead.get(url(overdue));
      expect(response.status).toBe(200);
      expect(response.body.task).toMatchObject({
        isOverdue: true,
        resultsDueOn: '2026-11-13',
        status: 'pending',
      });
    });
  });

  describe('filling the record', () => {
    it('refuses bad input naming the field, and changes nothing', async () => {
      const before = await stateOf(spare.taskId);
      const auditBefore = await latestAuditId(server);
      expectError(
        await lead.put(url(spare, '/record'), completeRecord({ inspectedOn: '2026-11-10' })),
        400,
        'VALIDATION_FAILED',
        'inspectedOn',
      );
      expectError(
        await lead.put(url(spare, '/record'), completeRecord({ inspectedOn: '2026-11-21' })),
        400,
        'VALIDATION_FAILED',
        'inspectedOn',
      );
      const foreignItem = await lead.put(
        url(spare, '/record'),
        completeRecord({ itemResults: [{ itemId: randomUUID(), result: 'compliant' }] }),
      );
      expectError(foreignItem, 400, 'VALIDATION_FAILED', 'itemResults.0.itemId');
      expect(foreignItem.body.error.message).toMatch(/不属于本任务/);
      expectError(
        await lead.put(url(spare, '/record'), completeRecord({ endedAt: '2026-11-20T00:30:00.000Z' })),
        400,
        'VALIDATION_FAILED',
        'endedAt',
      );
      expectError(
        await lead.put(
          url(spare, '/record'),
          completeRecord({ itemResults: [{ itemId: itemIds[0], result: 'ok' }] }),
        ),
        400,
        'VALIDATION_FAILED',
      );
      expect(await stateOf(spare.taskId)).toEqual(before);
      expect(await latestAuditId(server)).toBe(auditBefore);
    });

    it('saves a draft, and the task becomes recorded', async () => {
      const { response, entry } = await withOneAuditEntry('random_checks.inspection_record_save', () =>
        lead.put(url(main, '/record'), completeRecord()),
      );
      expect(response.body.record).toMatchObject({
        inspectedOn: today,
        personPresent: '李建国',
        personPresentPhone: '13907910001',
        rightsInformedAt: '2026-11-20T01:05:00.000Z',
        recusal: { isAsked: true, answer: 'not_requested', officerId: null, outcome: null, note: null },
        isEntityClosed: false,
        outcome: 'problem_found',
        revision: 1,
      });
      expect(response.body.record.certificatesShown).toHaveLength(2);
      expect(response.body.task.status).toBe('recorded');
      expect(entry.summary).toContain('现场检查测试A有限公司');
      // The non-compliant item has no finding yet, and nobody has signed.
      expect(response.body.gaps.map((gap: { field: string }) => gap.field)).toEqual([
        'findings',
        'signatures.officer',
        'signatures.personPresent',
      ]);
      expect(response.body.viewer.canConfirm).toBe(false);
    });

    it('fingerprints a photo with the SHA-256 of its bytes and serves the bytes back', async () => {
      const bytes = Buffer.from(pngBase64, 'base64');
      const expected = createHash('sha256').update(bytes).digest('hex');
      const { response, entry } = await withOneAuditEntry(
        'random_checks.inspection_photo_add',
        () =>
          lead.post(url(main, '/photos'), {
            fileName: '排放口.png',
            mediaType: 'image/png',
            contentBase64: pngBase64,
            caption: '废水排放口',
          }),
        201,
      );
      expect(response.body).toMatchObject({
        sha256: expected,
        byteSize: bytes.length,
        mediaType: 'image/png',
      });
      expect(entry.summary).toContain(expected);
      const [stored] = await server.db
        .select()
        .from(inspectionPhotos)
        .where(eq(inspectionPhotos.id, response.body.id));
      expect(createHash('sha256').update(stored!.content).digest('hex')).toBe(expected);

      const content = await member.get(url(main, `/photos/${response.body.id}`));
      expect(content.status).toBe(200);
      expect(content.headers['content-type']).toBe('image/png');
      expect(content.headers['x-content-sha256']).toBe(expected);
      expect(Buffer.from(content.raw.rawPayload).equals(bytes)).toBe(true);
      expectError(await otherCounty.get(url(main, `/photos/${response.body.id}`)), 404, 'NOT_FOUND');
      expectError(await lead.get(url(main, `/photos/${randomUUID()}`)), 404, 'NOT_FOUND');

      const detail = await lead.get(url(main));
      expect(detail.body.photos.map((photo: { sha256: string }) => photo.sha256)).toEqual([expected]);
    });

    it('refuses a file that is not an image, whatever it claims to be', async () => {
      const before = await stateOf(main.taskId);
      const html = Buffer.from('<html><script>alert(1)</script></html>').toString('base64');
      expectError(
        await lead.post(url(main, '/photos'), {
          fileName: 'a.png',
          mediaType: 'image/png',
          contentBase64: html,
        }),
        400,
        'VALIDATION_FAILED',
        'contentBase64',
      );
      expectError(
        await lead.post(url(main, '/photos'), {
          fileName: 'a.gif',
          mediaType: 'image/gif',
          contentBase64: pngBase64,
        }),
        400,
        'VALIDATION_FAILED',
        'mediaType',
      );
      expect(await stateOf(main.taskId)).toEqual(before);
    });

    it('validates finding dispositions: a rectification needs a future due date, a referral alone none', async () => {
      const before = await stateOf(main.taskId);
      const finding = { catalogueItemId: itemIds[0], description: '废水排放口未设置标志牌' };
      expectError(
        await lead.post(url(main, '/findings'), { ...finding, disposition: 'rectification' }),
        400,
        'VALIDATION_FAILED',
        'rectificationDueOn',
      );
      expectError(
        await lead.post(url(main, '/findings'), {
          ...finding,
          disposition: 'both',
          rectificationDueOn: today,
        }),
        400,
        'VALIDATION_FAILED',
        'rectificationDueOn',
      );
      expectError(
        await lead.post(url(main, '/findings'), {
          ...finding,
          disposition: 'case_referral',
          rectificationDueOn: '2026-12-20',
        }),
        400,
        'VALIDATION_FAILED',
        'rectificationDueOn',
      );
      expectError(
        await lead.post(url(main, '/findings'), { ...finding, disposition: 'fine' }),
        400,
        'VALIDATION_FAILED',
        'disposition',
      );
      expectError(
        await lead.post(url(main, '/findings'), {
          ...finding,
          catalogueItemId: randomUUID(),
          disposition: 'rectification',
          rectificationDueOn: '2026-12-20',
        }),
        400,
        'VALIDATION_FAILED',
        'catalogueItemId',
      );
      expect(await stateOf(main.taskId)).toEqual(before);
    });

    it('adds a finding to rectify and refer, and the record is then ready to confirm', async () => {
      const { response } = await withOneAuditEntry('random_checks.inspection_finding_add', () =>
        member.post(url(main, '/findings'), {
          catalogueItemId: itemIds[0],
          description: '废水排放口未设置标志牌，雨污未分流',
          disposition: 'both',
          rectificationDueOn: '2026-12-20',
        }),
      );
      expect(response.body.findings).toHaveLength(1);
      expect(response.body.findings[0]).toMatchObject({
        disposition: 'both',
        rectificationDueOn: '2026-12-20',
        itemName: itemNames[0],
      });
      expect(response.body.gaps.map((gap: { field: string }) => gap.field)).toEqual([
        'signatures.officer',
        'signatures.personPresent',
      ]);
      expect(response.body.viewer.canConfirm).toBe(false);
    });
  });

  describe('offline drafts sync', () => {
    it('answers a repeated sync of the same draft version with no second change or audit entry', async () => {
      const draft = completeRecord({ observations: '离线时填写：企业正常生产。' });
      const first = await withOneAuditEntry('random_checks.inspection_record_save', () =>
        saveRecord(lead, spare, draft),
      );
      const revision = first.response.body.record.revision;
      expect(first.response.body.record.lastDraftId).toBe(draft.draftId);
      const before = await stateOf(spare.taskId);
      const auditBefore = await latestAuditId(server);
      // The answer was lost on the way back: the phone sends the same version again, as it was.
      const again = await lead.put(url(spare, '/record'), { ...draft, revision: revision - 1 });
      expect(again.status, JSON.stringify(again.body)).toBe(200);
      expect(again.body.record).toMatchObject({ revision, observations: '离线时填写：企业正常生产。' });
      expect(await stateOf(spare.taskId)).toEqual(before);
      expect(await latestAuditId(server)).toBe(auditBefore);
    });

    it('refuses a draft edited from an older revision with 409, and changes nothing', async () => {
      const current = (await lead.get(url(spare))).body.record.revision;
      // Another officer's phone saved meanwhile.
      await saveRecord(member, spare, completeRecord({ observations: '王某补充：雨水排口有积水。' }));
      const before = await stateOf(spare.taskId);
      const stale = await lead.put(
        url(spare, '/record'),
        completeRecord({ revision: current, observations: '旧草稿' }),
      );
      expectError(stale, 409, 'CONFLICT', 'revision');
      expect(stale.body.error.message).toContain(`第 ${current + 1} 版`);
      expect(await stateOf(spare.taskId)).toEqual(before);
    });

    it('refuses certificates or a recused officer that are not the task’s officers', async () => {
      const before = await stateOf(spare.taskId);
      expectError(
        await saveRecord(
          lead,
          spare,
          completeRecord({
            certificatesShown: [{ officerId: officerIds.otherLead, certificateNumber: 'X1' }],
          }),
        ),
        400,
        'VALIDATION_FAILED',
        'certificatesShown.0.officerId',
      );
      expectError(
        await saveRecord(
          lead,
          spare,
          completeRecord({
            recusal: {
              isAsked: true,
              answer: 'requested',
              officerId: officerIds.otherLead,
              outcome: 'granted',
            },
          }),
        ),
        400,
        'VALIDATION_FAILED',
        'recusal.officerId',
      );
      expect(await stateOf(spare.taskId)).toEqual(before);
    });
  });

  describe('signatures', () => {
    it('refuses a signature that is not a PNG, a refusal without circumstances, and a stranger', async () => {
      const before = await stateOf(main.taskId);
      expectError(
        await lead.post(url(main, '/signatures'), {
          signer: 'officer',
          officerId: officerIds.lead,
          imageBase64: Buffer.from('<svg/>').toString('base64'),
        }),
        400,
        'VALIDATION_FAILED',
        'imageBase64',
      );
      expectError(
        await lead.post(url(main, '/signatures'), { signer: 'person_present', isRefused: true }),
        400,
        'VALIDATION_FAILED',
      );
      expectError(
        await lead.post(url(main, '/signatures'), {
          signer: 'officer',
          officerId: officerIds.otherLead,
          imageBase64: pngBase64,
        }),
        400,
        'VALIDATION_FAILED',
        'officerId',
      );
      expectError(
        await cityInspector.post(url(main, '/signatures'), {
          signer: 'officer',
          officerId: officerIds.lead,
          imageBase64: pngBase64,
        }),
        403,
        'FORBIDDEN',
      );
      expect(await stateOf(main.taskId)).toEqual(before);
    });

    it('fingerprints each signature, serves it back, and records a refusal with the witness', async () => {
      const expected = createHash('sha256').update(Buffer.from(pngBase64, 'base64')).digest('hex');
      const { entry } = await withOneAuditEntry('random_checks.inspection_signature_add', () =>
        lead.post(url(main, '/signatures'), {
          signer: 'officer',
          officerId: officerIds.member,
          imageBase64: pngBase64,
        }),
      );
      expect(entry.summary).toContain(expected);
      const refused = await withOneAuditEntry('random_checks.inspection_signature_add', () =>
        lead.post(url(main, '/signatures'), {
          signer: 'person_present',
          isRefused: true,
          refusalNote: '当事人对检查结论有异议，拒绝签字',
          witness: '莲塘镇网格员 刘某',
        }),
      );
      expect(refused.entry.summary).toMatch(/拒绝签字/);
      const detail = refused.response.body;
      const party = detail.signatures.find(
        (signature: { signer: string }) => signature.signer === 'person_present',
      );
      expect(party).toMatchObject({
        isRefused: true,
        signerName: '李建国',
        witness: '莲塘镇网格员 刘某',
        sha256: null,
      });
      const officer = detail.signatures.find(
        (signature: { officerId: string }) => signature.officerId === officerIds.member,
      );
      expect(officer.sha256).toBe(expected);
      const image = await cityInspector.get(url(main, `/signatures/${officer.id}`));
      expect(image.status).toBe(200);
      expect(image.headers['x-content-sha256']).toBe(expected);
      expectError(await otherCounty.get(url(main, `/signatures/${officer.id}`)), 404, 'NOT_FOUND');
      // Signing again replaces the earlier signature: the person present signs after all.
      const all = await signAll(lead, main);
      expect(all.body.signatures).toHaveLength(3);
      expect(all.body.gaps).toEqual([]);
      expect(all.body.viewer.canConfirm).toBe(true);
    });
  });

  describe('the record as a document', () => {
    const documentUrl = (recordId: string) => `/api/field-inspections/records/${recordId}/document.docx`;

    it('renders a Word file with the entity, the procedure entries and the signatures, and audits it', async () => {
      const detail = (await lead.get(url(main))).body;
      const { response, entry } = await withOneAuditEntry('random_checks.inspection_record_document', () =>
        cityInspector.get(documentUrl(detail.record.id)),
      );
      expect(response.headers['content-type']).toMatch(/wordprocessingml/);
      expect(response.headers['content-disposition']).toContain(encodeURIComponent('现场检查测试A有限公司'));
      expect(entry.summary).toContain('现场检查测试A有限公司');
      const zip = await JSZip.loadAsync(response.raw.rawPayload);
      const xml = await zip.file('word/document.xml')!.async('string');
      expect(xml).toContain('现场检查笔录');
      expect(xml).toContain('现场检查测试A有限公司');
      expect(xml).toContain('36010021002');
      expect(xml).toContain('告知权利义务');
      expect(xml).toContain('不申请回避');
      expect(xml).toContain(detail.photos[0].sha256);
      // Three signatures drawn as images (identical test PNGs share one media part).
      expect(xml.match(/<pic:pic\b/g)).toHaveLength(3);
      expect(Object.keys(zip.files).some((name) => name.startsWith('word/media/'))).toBe(true);
      expect(Object.keys(zip.files).some((name) => name.startsWith('word/footer'))).toBe(true);
    });

    it('answers 404 to a user outside the jurisdiction and for an unknown record, 401/403 without rights', async () => {
      const detail = (await lead.get(url(main))).body;
      const hotline = hotlineOperator.agent;
      const auditBefore = await latestAuditId(server);
      expectError(await otherCounty.get(documentUrl(detail.record.id)), 404, 'NOT_FOUND');
      expectError(await lead.get(documentUrl(randomUUID())), 404, 'NOT_FOUND');
      expectError(await server.anonymous().get(documentUrl(detail.record.id)), 401, 'UNAUTHENTICATED');
      expectError(await hotline.get(documentUrl(detail.record.id)), 403, 'FORBIDDEN');
      expect(await latestAuditId(server)).toBe(auditBefore);
    });
  });

  describe('confirming', () => {
    it('refuses to confirm an incomplete record, naming what is missing', async () => {
      await saveRecord(lead, spare, { draftId: randomUUID(), inspectedOn: today, itemResults: [] });
      const response = await lead.post(url(spare, '/confirm'), {});
      expectError(response, 400, 'VALIDATION_FAILED', 'startedAt');
      expect(response.body.error.message).toMatch(/检查开始时间/);
      expect(response.body.error.message).toMatch(/检查事项未填写结果/);
      expect((await stateOf(spare.taskId)).confirmations).toBe(0);
    });

    it('refuses to confirm without certificates shown, rights told, the recusal question and signatures', async () => {
      await saveRecord(
        lead,
        spare,
        completeRecord({
          personPresentPhone: null,
          certificatesShown: [{ officerId: officerIds.lead, certificateNumber: '36010021001' }],
          rightsInformedAt: null,
          recusal: null,
          itemResults: itemIds.map((itemId) => ({ itemId, result: 'compliant' })),
        }),
      );
      const response = await lead.post(url(spare, '/confirm'), {});
      expectError(response, 400, 'VALIDATION_FAILED', 'personPresentPhone');
      expect(response.body.error.issues.map((issue: { field: string }) => issue.field)).toEqual([
        'personPresentPhone',
        'certificatesShown',
        'rightsInformedAt',
        'recusal',
        'signatures.officer',
        'signatures.personPresent',
      ]);
      expect(response.body.error.message).toMatch(/出示执法证件/);
      expect(response.body.error.message).toMatch(/陈述、申辩/);
      expect(response.body.error.message).toMatch(/回避/);
      expect((await stateOf(spare.taskId)).confirmations).toBe(0);
    });

    it('keeps the signatures and the revision when a sync repeats the record as it stands', async () => {
      const before = await stateOf(main.taskId);
      expect(before.signatures).toBe(3);
      const auditBefore = await latestAuditId(server);
      // A new draft version with the same text (同步 tapped again after signing), keys in another order.
      const { observations, ...rest } = completeRecord();
      const response = await saveRecord(lead, main, { observations, ...rest });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body.signatures).toHaveLength(3);
      expect(response.body.record.revision).toBe(before.record!.revision);
      expect(await stateOf(main.taskId)).toEqual(before);
      expect(await latestAuditId(server)).toBe(auditBefore);
    });

    it('withdraws a confirmation when the record changes afterwards', async () => {
      await withOneAuditEntry('random_checks.inspection_confirm', () => lead.post(url(main, '/confirm'), {}));
      expect((await stateOf(main.taskId)).confirmations).toBe(1);
      expectError(await lead.post(url(main, '/confirm'), {}), 409, 'CONFLICT');
      const { response, entry } = await withOneAuditEntry('random_checks.inspection_record_save', () =>
        saveRecord(lead, main, completeRecord({ observations: '企业正常生产；补充：雨水排口有积水。' })),
      );
      expect(entry.summary).toMatch(/已撤销 1 名检查人员的确认，已撤销 3 个签名/);
      expect(response.body.signatures).toEqual([]);
      expect(
        response.body.officers.every((officer: { confirmedAt: string | null }) => !officer.confirmedAt),
      ).toBe(true);
      expect((await stateOf(main.taskId)).confirmations).toBe(0);
    });

    it('completes the task when both officers confirm, and puts it on the entity timeline', async () => {
      await signAll(member, main);
      const first = await withOneAuditEntry('random_checks.inspection_confirm', () =>
        lead.post(url(main, '/confirm'), {}),
      );
      expect(first.response.body.task.status).toBe('recorded');
      expect(first.response.body.viewer).toMatchObject({
        hasConfirmed: true,
        canConfirm: false,
        canEdit: true,
      });
      expect(first.entry.summary).toMatch(/等待/);

      server.clock.advanceMinutes(5);
      const second = await withOneAuditEntry('random_checks.inspection_confirm', () =>
        member.post(url(main, '/confirm'), {}),
      );
      expect(second.entry.summary).toMatch(/任务完成/);
      const detail = second.response.body;
      expect(detail.task).toMatchObject({
        status: 'completed',
        outcome: 'problem_found',
        inspectedOn: today,
      });
      expect(detail.task.completedAt).toBe(server.clock.now().toISOString());
      expect(detail.officers.every((officer: { confirmedAt: string | null }) => officer.confirmedAt)).toBe(
        true,
      );
      expect(detail.viewer).toMatchObject({ canEdit: false, canConfirm: false });
      expect(detail.viewer.readOnlyReason).toMatch(/任务已完成/);

      const events = await server.db
        .select()
        .from(entityEvents)
        .where(eq(entityEvents.entityId, main.entityId));
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        kind: 'random_check',
        occurredOn: today,
        compliance: 'violation',
        sourceType: 'random_check_task',
        sourceId: main.taskId,
        title: '双随机抽查：发现问题',
      });
      expect(events[0]!.detail).toContain('责令整改并移送立案 1');
      const [finding] = await server.db
        .select()
        .from(inspectionFindings)
        .where(eq(inspectionFindings.entityId, main.entityId));
      expect(finding).toMatchObject({
        disposition: 'both',
        agencyId: county.id,
        handledAt: null,
      });
    });

    it('refuses every change after completion (409), and changes nothing', async () => {
      const before = await stateOf(main.taskId);
      const auditBefore = await latestAuditId(server);
      const detail = (await lead.get(url(main))).body;
      expectError(await lead.put(url(main, '/record'), completeRecord()), 409, 'CONFLICT');
      expectError(
        await lead.post(url(main, '/photos'), {
          fileName: 'b.png',
          mediaType: 'image/png',
          contentBase64: pngBase64,
        }),
        409,
        'CONFLICT',
      );
      expectError(await lead.delete(url(main, `/photos/${detail.photos[0].id}`)), 409, 'CONFLICT');
      expectError(
        await lead.post(url(main, '/findings'), { description: '又发现问题', disposition: 'case_referral' }),
        409,
        'CONFLICT',
      );
      expectError(await lead.delete(url(main, `/findings/${detail.findings[0].id}`)), 409, 'CONFLICT');
      expectError(await member.post(url(main, '/confirm'), {}), 409, 'CONFLICT');
      expect(await stateOf(main.taskId)).toEqual(before);
      expect(await latestAuditId(server)).toBe(auditBefore);
    });
  });

  describe('a photo or finding first, and removing them', () => {
    it('starts a draft dated today when the officer begins with a photo; removal is audited', async () => {
      const added = await lead.post(url(spare, '/photos'), {
        fileName: 'gate.png',
        mediaType: 'image/png',
        contentBase64: pngBase64,
      });
      expect(added.status).toBe(201);
      const afterPhoto = (await lead.get(url(spare))).body;
      expect(afterPhoto.record.inspectedOn).toBe(today);
      expect(afterPhoto.photos).toHaveLength(1);
      const removed = await withOneAuditEntry('random_checks.inspection_photo_remove', () =>
        lead.delete(url(spare, `/photos/${added.body.id}`)),
      );
      expect(removed.response.body.photos.map((photo: { id: string }) => photo.id)).not.toContain(
        added.body.id,
      );
      expectError(await lead.delete(url(spare, `/photos/${added.body.id}`)), 404, 'NOT_FOUND');

      const withFinding = await lead.post(url(spare, '/findings'), {
        description: '危险废物贮存场所未设置标识',
        disposition: 'case_referral',
      });
      expect(withFinding.status).toBe(200);
      expect(withFinding.body.record.outcome).toBe('problem_found');
      const findingId = withFinding.body.findings[0].id;
      const withoutFinding = await withOneAuditEntry('random_checks.inspection_finding_remove', () =>
        lead.delete(url(spare, `/findings/${findingId}`)),
      );
      expect(withoutFinding.response.body.findings).toEqual([]);
      expect(withoutFinding.response.body.record.outcome).toBe('no_problem');
    });

    it('records a closed entity without items or a person present', async () => {
      const response = await member.put(url(overdue, '/record'), {
        revision: 0,
        draftId: randomUUID(),
        inspectedOn: today,
        startedAt: '2026-11-20T01:00:00.000Z',
        endedAt: '2026-11-20T01:20:00.000Z',
        location: '原厂址',
        isEntityClosed: true,
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body.record.outcome).toBe('entity_closed');
      // Nobody on site to show, inform or sign: only the officers sign.
      expect(response.body.gaps.map((gap: { field: string }) => gap.field)).toEqual(['signatures.officer']);
      expectError(
        await member.post(url(overdue, '/signatures'), { signer: 'person_present', imageBase64: pngBase64 }),
        409,
        'CONFLICT',
      );
      for (const officerId of [officerIds.lead, officerIds.member]) {
        await member.post(url(overdue, '/signatures'), {
          signer: 'officer',
          officerId,
          imageBase64: pngBase64,
        });
      }
      await member.post(url(overdue, '/confirm'), {});
      const done = await lead.post(url(overdue, '/confirm'), {});
      expect(done.body.task).toMatchObject({
        status: 'completed',
        outcome: 'entity_closed',
        isOverdue: false,
      });
      const events = await server.db
        .select()
        .from(entityEvents)
        .where(eq(entityEvents.entityId, overdue.entityId));
      expect(events.map((event) => event.compliance)).toEqual([null]);
    });
  });
});
