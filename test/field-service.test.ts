import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present, type SaveOut } from './helpers/answers.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

type Req = {
  id: number;
  version: number;
  requestNo: string;
  status: string;
  serviceLevel: string;
  warrantyVerdict: string | null;
  respondedAt: string | null;
  arrivedAt: string | null;
  clearedAt: string | null;
  technician: { code: string } | null;
  promiseSummary: string;
  promiseClocks: Array<{ key: string; state: string; promise: string }>;
};
type Figure = {
  code: string;
  requests: number;
  visits: number;
  firstTimeFixed: number;
  partsCost: number;
  kept: Array<{ label: string; kept: number; counted: number }>;
};

let s: TestServer;
const tok: Record<string, string> = {};
beforeAll(async () => {
  s = await startTestServer();
  for (const u of ['clerk', 'tech', 'pmc', 'quality', 'auditor', 'production']) tok[u] = await s.login(u);
});
afterAll(async () => s?.close());

const REQ = `id version requestNo status serviceLevel warrantyVerdict respondedAt arrivedAt clearedAt technician { code }
  promiseSummary promiseClocks { key state promise }`;
const command = async (name: string, who: string, row: { id: number; version: number }, args = '') =>
  s.gql<Record<string, Req>>(
    `mutation($id: Int!, $v: Int!) { ${name}(id: $id, version: $v${args}) { ${REQ} } }`,
    { id: row.id, v: row.version },
    tok[who],
  );
const FILE = `mutation($input: ServiceReportInput!) { fileServiceReport(input: $input) {
  ok errors { row field code message } rows { id visitNo partsCost fixed } } }`;
const stock = async (location: string, partNo: string) => {
  const r = await s.gql<{
    partStocks: { edges: Array<{ node: { qty: number; location: { code: string }; part: { partNo: string } } }> };
  }>(`{ partStocks(first: 500) { edges { node { qty location { code } part { partNo } } } } }`, {}, tok.clerk);
  return (
    r.data.partStocks.edges.find((e) => e.node.location.code === location && e.node.part.partNo === partNo)?.node.qty ??
    0
  );
};
const figures = async () =>
  (
    await s.gql<{ technicianFigures: Figure[] }>(
      `query($f: DateTimeISO!, $t: DateTimeISO!) { technicianFigures(from: $f, to: $t) { code requests visits firstTimeFixed partsCost kept { label kept counted } } }`,
      { f: new Date(Date.now() - 2 * 86_400_000).toISOString(), t: new Date(Date.now() + 86_400_000).toISOString() },
      tok.quality,
    )
  ).data.technicianFigures.find((f) => f.code === 'JS001') ?? {
    code: 'JS001',
    requests: 0,
    visits: 0,
    firstTimeFixed: 0,
    partsCost: 0,
    kept: [],
  };

describe('field service: a call, the phone, dispatch, the visit, the parts, the promise, the callback', () => {
  it('runs the whole loop through the API, and the technician’s figures move by exactly that visit', async () => {
    const unit = (
      await s.gql<{ serviceArchives: { edges: Array<{ node: { serialNo: string; customer: { code: string } } }> } }>(
        `{ serviceArchives(first: 1, filter: { serialNo: { contains: "BP75" } }) { edges { node { serialNo customer { code } } } } }`,
        {},
        tok.clerk,
      )
    ).data.serviceArchives.edges[0].node;
    const before = await figures();
    const created = await s.gql<{ saveServiceRequests: SaveOut<Req> }>(
      `mutation($input: SaveServiceRequestInput!) { saveServiceRequests(input: $input) { ok errors { field message } rows { ${REQ} } } }`,
      {
        input: {
          creates: [
            {
              ref: 'r',
              values: {
                reportedAt: new Date(Date.now() - 3600_000).toISOString(),
                channel: 'HOTLINE',
                customer: unit.customer.code,
                archive: unit.serialNo,
                fault: '变频器报过流故障，无法启动',
                urgency: 'STOPPED',
                region: '上海',
              },
            },
          ],
        },
      },
      tok.clerk,
    );
    expect(created.data.saveServiceRequests.errors).toEqual([]);
    let req = created.data.saveServiceRequests.rows[0];
    // the model's level (BP75: 超值服务) sets the clocks; the warranty is read as of the call
    expect(req).toMatchObject({ status: 'RECEIVED', serviceLevel: 'PREMIUM' });
    expect(req.warrantyVerdict).toMatch(/保修期/);
    expect(req.promiseClocks.map((c) => [c.key, c.state, c.promise])).toEqual([
      ['RESPONSE', 'OVERDUE', '30 分钟'], // called an hour ago, nobody answered yet
      ['ARRIVAL', 'RUNNING', '8 小时'],
      ['CLEARED', 'NOT_STARTED', '12 小时'],
      ['REPORT', 'NOT_STARTED', '1 个工作日'],
    ]);

    // 电话指导 first: it does not fix it, but it answers the customer
    req = (await command('recordPhoneGuidance', 'clerk', req, ', guidance: "指导客户断电重启并检查进线电压，故障依旧"'))
      .data.recordPhoneGuidance;
    expect(req.respondedAt).not.toBeNull();

    // 派工: the suggestion explains itself; 张伟 (BP75, 上海, the phone user) is first
    const suggestions = (
      await s.gql<{ dispatchSuggestions: Array<{ code: string; reasons: string[] }> }>(
        `query($id: Int!) { dispatchSuggestions(requestId: $id) { code reasons } }`,
        { id: req.id },
        tok.clerk,
      )
    ).data.dispatchSuggestions;
    expect(suggestions[0].code).toBe('JS001');
    expect(suggestions[0].reasons.slice(0, 2)).toEqual(['会修此机型 BP75', '同在上海（上海服务站）']);
    req = (await command('dispatchServiceRequest', 'clerk', req, ', technician: "JS001"')).data.dispatchServiceRequest;
    expect(req).toMatchObject({ status: 'DISPATCHED', technician: { code: 'JS001' } });

    // the phone files the report: one driver board from the van, sent twice (a lost answer), filed once
    // the warehouse receives two boards and issues one to 张伟's van
    const kit = await s.gql<{ savePartMovements: SaveOut }>(
      `mutation($input: SavePartMovementInput!) { savePartMovements(input: $input) { ok errors { field message } } }`,
      {
        input: {
          creates: [
            { ref: 'in', values: { kind: 'RECEIPT', part: 'BJ-BP-BPQ1', qty: 2, toLocation: 'CK-01' } },
            {
              ref: 'out',
              values: { kind: 'ISSUE', part: 'BJ-BP-BPQ1', qty: 1, fromLocation: 'CK-01', toLocation: 'CL-001' },
            },
          ],
        },
      },
      tok.pmc,
    );
    expect(kit.data.savePartMovements.errors).toEqual([]);
    const van = await stock('CL-001', 'BJ-BP-BPQ1');
    expect(van).toBeGreaterThan(0);
    const input = {
      requestId: req.id,
      draftKey: 'phone-test-0001',
      arrivedAt: new Date(Date.now() - 1800_000).toISOString(),
      departedAt: new Date(Date.now() - 60_000).toISOString(),
      findings: '驱动板烧蚀',
      faultCode: 'GZ-003',
      workDone: '更换变频器驱动板并重设参数，试机正常',
      fixed: true,
      hours: 0.5,
      customerName: '李主管',
      parts: [{ partNo: 'BJ-BP-BPQ1', qty: 1 }],
    };
    const [first, again] = await Promise.all([
      s.gql<{ fileServiceReport: SaveOut<{ id: number; visitNo: string; partsCost: number }> }>(
        FILE,
        { input },
        tok.tech,
      ),
      s.gql<{ fileServiceReport: SaveOut<{ id: number; visitNo: string; partsCost: number }> }>(
        FILE,
        { input },
        tok.tech,
      ),
    ]);
    expect(first.data.fileServiceReport.ok && again.data.fileServiceReport.ok).toBe(true);
    expect(again.data.fileServiceReport.rows[0].id).toBe(first.data.fileServiceReport.rows[0].id);
    expect(first.data.fileServiceReport.rows[0].partsCost).toBe(2400);
    expect(await stock('CL-001', 'BJ-BP-BPQ1')).toBe(van - 1);

    req = (
      await s.gql<{ serviceRequest: Req }>(
        `query($id: Int!) { serviceRequest(id: $id) { ${REQ} } }`,
        { id: req.id },
        tok.clerk,
      )
    ).data.serviceRequest;
    expect(req.status).toBe('REPORTED');
    // answered an hour after the call (30 minutes promised); on site, cleared and reported in time
    expect(req.promiseClocks.map((c) => c.state)).toEqual(['MISSED', 'KEPT', 'KEPT', 'KEPT']);
    expect(req.promiseSummary).toBe('响应超时完成');
    req = (await command('closeServiceRequest', 'clerk', req, ', result: "客户确认已恢复生产", satisfied: true')).data
      .closeServiceRequest;
    expect(req.status).toBe('CLOSED');

    const after = await figures();
    expect(after.requests - (before?.requests ?? 0)).toBe(1);
    expect(after.visits - (before?.visits ?? 0)).toBe(1);
    expect(after.firstTimeFixed - (before?.firstTimeFixed ?? 0)).toBe(1);
    expect(Math.round((after.partsCost - (before?.partsCost ?? 0)) * 100) / 100).toBe(2400);
    const arrival = (f: Figure | undefined) => f?.kept.find((k) => k.label === '到场') ?? { kept: 0, counted: 0 };
    expect(arrival(after).kept - arrival(before).kept).toBe(1);
    const response = (f: Figure | undefined) => f?.kept.find((k) => k.label === '响应') ?? { kept: 0, counted: 0 };
    expect([response(after).kept - response(before).kept, response(after).counted - response(before).counted]).toEqual([
      0, 1,
    ]);
  });

  it('refuses a technician another’s request, a part his van lacks, and anyone a movement that would go below zero', async () => {
    const open = (
      await s.gql<{ serviceRequests: { edges: Array<{ node: Req }> } }>(
        `{ serviceRequests(first: 10, filter: { status: { eq: DISPATCHED } }) { edges { node { ${REQ} } } } }`,
        {},
        tok.clerk,
      )
    ).data.serviceRequests.edges.map((e) => e.node);
    const others = present(
      open.find((r) => r.technician?.code !== 'JS001'),
      'a request of another technician',
    );
    const mine = present(
      open.find((r) => r.technician?.code === 'JS001'),
      'a request of 张伟',
    );
    const base = {
      draftKey: 'phone-test-0002',
      arrivedAt: new Date().toISOString(),
      workDone: '更换',
      fixed: true,
      parts: [] as Array<{ partNo: string; qty: number }>,
    };
    const notHis = await s.gql<{ fileServiceReport: SaveOut }>(
      FILE,
      { input: { ...base, requestId: others.id } },
      tok.tech,
    );
    expect(notHis.data.fileServiceReport.errors[0]).toMatchObject({ field: 'technician', code: 'FORBIDDEN' });
    const tooMany = await s.gql<{ fileServiceReport: SaveOut }>(
      FILE,
      { input: { ...base, requestId: mine.id, parts: [{ partNo: 'BJ-XD-QHF1', qty: 50 }] } },
      tok.tech,
    );
    expect(tooMany.data.fileServiceReport.ok).toBe(false);
    expect(tooMany.data.fileServiceReport.errors[0]).toMatchObject({ field: 'qty', code: 'OUT_OF_STOCK' });
    // nothing of it was written: no visit under that draft, the request still dispatched
    const still = await s.gql<{ serviceRequest: Req }>(
      `query($id: Int!) { serviceRequest(id: $id) { status } }`,
      { id: mine.id },
      tok.clerk,
    );
    expect(still.data.serviceRequest.status).toBe('DISPATCHED');
    // the auditor and production read, never write; a technician moves only his own van
    const move = `mutation($input: SavePartMovementInput!) { savePartMovements(input: $input) { ok errors { field code message } } }`;
    const issue = {
      creates: [
        {
          ref: 'm',
          values: { kind: 'ISSUE', part: 'BJ-KY-KL01', qty: 1, fromLocation: 'CK-01', toLocation: 'CL-001' },
        },
      ],
    };
    expect((await s.gql(move, { input: issue }, tok.auditor)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const byTech = await s.gql<{ savePartMovements: SaveOut }>(move, { input: issue }, tok.tech);
    expect(byTech.data.savePartMovements.errors[0]).toMatchObject({ field: 'fromLocation', code: 'FORBIDDEN' });
  });

  it('never lets stock go below zero under concurrent issues: of ten clerks taking 3 from 20, six succeed', async () => {
    const move = `mutation($input: SavePartMovementInput!) { savePartMovements(input: $input) { ok errors { field code message } } }`;
    const receipt = await s.gql<{ savePartMovements: SaveOut }>(
      move,
      {
        input: {
          creates: [
            {
              ref: 'r',
              values: { kind: 'COUNT', part: 'BJ-LG-WK01', countedQty: 20, toLocation: 'CK-01', reason: '盘点' },
            },
          ],
        },
      },
      tok.pmc,
    );
    expect(receipt.data.savePartMovements.ok).toBe(true);
    expect(await stock('CK-01', 'BJ-LG-WK01')).toBe(20);
    const vans = ['CL-001', 'CL-002', 'CL-003', 'CL-004', 'CL-005'];
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        s.gql<{ savePartMovements: SaveOut }>(
          move,
          {
            input: {
              creates: [
                {
                  ref: `i${i}`,
                  values: { kind: 'ISSUE', part: 'BJ-LG-WK01', qty: 3, fromLocation: 'CK-01', toLocation: vans[i % 5] },
                },
              ],
            },
          },
          i % 2 ? tok.pmc : tok.clerk,
        ),
      ),
    );
    const ok = answers.filter((a) => a.data.savePartMovements.ok).length;
    expect(ok).toBe(6);
    for (const a of answers.filter((x) => !x.data.savePartMovements.ok))
      expect(a.data.savePartMovements.errors[0]).toMatchObject({ field: 'qty', code: 'OUT_OF_STOCK' });
    expect(await stock('CK-01', 'BJ-LG-WK01')).toBe(2);
    // the count's difference is on the trail: book figure and counted figure, by whom
    const counted = await s.gql<{
      partMovements: { edges: Array<{ node: { bookQty: number; countedQty: number; qty: number } }> };
    }>(
      `{ partMovements(first: 1, filter: { kind: { eq: COUNT } }) { edges { node { bookQty countedQty qty } } } }`,
      {},
      tok.auditor,
    );
    const c = counted.data.partMovements.edges[0].node;
    expect(c.countedQty - c.bookQty).toBe(c.qty);
  });

  it('finds faults by symptom words typed in Chinese, with how often each solution fixed it the first time', async () => {
    const hits = (
      await s.gql<{ searchFaults: Array<{ code: string; used: number; fixedFirstTime: number }> }>(
        `{ searchFaults(words: "切换阀卡住了 露点高", model: "XD12") { code used fixedFirstTime } }`,
        {},
        tok.tech,
      )
    ).data.searchFaults;
    expect(hits[0].code).toBe('GZ-004');
    // the spring shortage of the XD12 valve: some of its repairs took a second visit
    expect(hits[0].used).toBeGreaterThan(hits[0].fixedFirstTime);
    const none = await s.gql<{ searchFaults: unknown[] }>(`{ searchFaults(words: "%_!") { code } }`, {}, tok.tech);
    expect(none.data.searchFaults).toEqual([]);
  });
});

describe('a request and the records around it', () => {
  const CLOSED = `{ serviceRequests(first: 1, filter: { status: { eq: CLOSED }, archiveId: { isNull: false } }) { edges { node { id version requestNo archive { serialNo } } } } }`;

  it('becomes a complaint and a return order, each once, linked both ways in one transaction', async () => {
    const r = (
      await s.gql<{ serviceRequests: { edges: Array<{ node: { id: number; version: number; requestNo: string } }> } }>(
        CLOSED,
        {},
        tok.clerk,
      )
    ).data.serviceRequests.edges[0].node;
    const RAISE = `mutation($id: Int!, $v: Int!) { raiseComplaintFromServiceRequest(id: $id, version: $v, description: "上门两次仍未修好，要求换机") {
      ok errors { field message } rows { id complaintNo channel serviceRequests { requestNo } } } }`;
    const c = await s.gql<{
      raiseComplaintFromServiceRequest: SaveOut<{
        complaintNo: string;
        channel: string;
        serviceRequests: Array<{ requestNo: string }>;
      }>;
    }>(RAISE, { id: r.id, v: r.version }, tok.clerk);
    const complaint = c.data.raiseComplaintFromServiceRequest.rows[0];
    expect(complaint.channel).toBe('SERVICE_REQUEST');
    expect(complaint.serviceRequests.map((x) => x.requestNo)).toEqual([r.requestNo]);
    const after = await s.gql<{ serviceRequest: { version: number; raisedComplaint: { complaintNo: string } } }>(
      `query($id: Int!) { serviceRequest(id: $id) { version raisedComplaint { complaintNo } } }`,
      { id: r.id },
      tok.clerk,
    );
    expect(after.data.serviceRequest.raisedComplaint.complaintNo).toBe(complaint.complaintNo);
    // the same request cannot raise a second complaint; a stale version is a conflict
    const twice = await s.gql(RAISE, { id: r.id, v: after.data.serviceRequest.version }, tok.clerk);
    expect(twice.errors?.[0].message).toBe('这张报修单已经转过投诉');
    const stale = await s.gql(RAISE, { id: r.id, v: r.version }, tok.clerk);
    expect(stale.errors?.[0].message).toMatch(/已被他人修改/);
    const ret = await s.gql<{
      raiseReturnFromServiceRequest: SaveOut<{ orderNo: string; serviceRequests: Array<{ requestNo: string }> }>;
    }>(
      `mutation($id: Int!, $v: Int!) { raiseReturnFromServiceRequest(id: $id, version: $v, type: "EXCHANGE") { ok errors { field message } rows { orderNo serviceRequests { requestNo } } } }`,
      { id: r.id, v: after.data.serviceRequest.version },
      tok.clerk,
    );
    expect(ret.data.raiseReturnFromServiceRequest.errors).toEqual([]);
    expect(ret.data.raiseReturnFromServiceRequest.rows[0].serviceRequests.map((x) => x.requestNo)).toEqual([
      r.requestNo,
    ]);
    // production reads it but raises nothing
    const refused = await s.gql(RAISE, { id: r.id, v: after.data.serviceRequest.version + 1 }, tok.production);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('is raised from a complaint, naming it, and the complaint lists it', async () => {
    const c = (
      await s.gql<{ complaints: { edges: Array<{ node: { id: number; version: number; complaintNo: string } }> } }>(
        `{ complaints(first: 1, filter: { archiveId: { isNull: false }, anonymous: { eq: false } }) { edges { node { id version complaintNo } } } }`,
        {},
        tok.clerk,
      )
    ).data.complaints.edges[0].node;
    const made = await s.gql<{
      raiseServiceRequestFromComplaint: SaveOut<{
        requestNo: string;
        channel: string;
        sourceComplaint: { complaintNo: string };
        status: string;
      }>;
    }>(
      `mutation($id: Int!, $v: Int!) { raiseServiceRequestFromComplaint(complaintId: $id, version: $v) { ok errors { field message } rows { requestNo channel status sourceComplaint { complaintNo } } } }`,
      { id: c.id, v: c.version },
      tok.clerk,
    );
    const req = made.data.raiseServiceRequestFromComplaint.rows[0];
    expect(req).toMatchObject({
      channel: 'COMPLAINT',
      status: 'RECEIVED',
      sourceComplaint: { complaintNo: c.complaintNo },
    });
    const listed = await s.gql<{ complaint: { serviceRequests: Array<{ requestNo: string }> } }>(
      `query($id: Int!) { complaint(id: $id) { serviceRequests { requestNo } } }`,
      { id: c.id },
      tok.clerk,
    );
    expect(listed.data.complaint.serviceRequests.map((x) => x.requestNo)).toContain(req.requestNo);
  });

  it('puts requests, visits and the parts they used on the unit’s timeline', async () => {
    const [row] = await s.ds.query(
      `SELECT a.id AS id FROM service_archive a JOIN service_request r ON r.archiveId = a.id JOIN service_visit v ON v.requestId = r.id JOIN part_movement m ON m.visitId = v.id LIMIT 1`.replace(
        /\b(service_archive|service_request|service_visit|part_movement|archiveId|requestId|visitId|id)\b/g,
        (n) => s.ds.driver.escape(n),
      ),
    );
    type Event = { kind: string; title: string; children: Event[] };
    const t = await s.gql<{ serviceArchive: { timeline: Event[] } }>(
      `query($id: Int!) { serviceArchive(id: $id) { timeline { kind title children { kind title children { kind title } } } } }`,
      { id: Number(row.id) },
      tok.quality,
    );
    const request = t.data.serviceArchive.timeline.find(
      (e) => e.kind === 'SERVICE_REQUEST' && e.children.some((v) => v.children.length),
    );
    expect(request?.title).toMatch(/^报修（/);
    const visit = request?.children.find((v) => v.children.length);
    expect(visit?.kind).toBe('VISIT');
    expect(visit?.title).toMatch(/^上门：/);
    expect(visit?.children[0]).toMatchObject({ kind: 'PART', title: expect.stringMatching(/^备件：/) });
  });
});

describe('per-product service content (一品一案)', () => {
  type Insp = { id: number; version: number; planMonth: number; checklist: string | null };
  const INSPECTIONS = `{ routineInspections(first: 5, filter: { doneAt: { isNull: true }, checklist: { isNull: false } }, orderBy: [{ field: planMonth, direction: ASC }]) { edges { node { id version planMonth checklist } } } }`;
  const SAVE = `mutation($input: SaveRoutineInspectionInput!) { saveRoutineInspections(input: $input) { ok errors { row field code message } } }`;

  it('copies the model’s checklist into each inspection and asks every item to be answered', async () => {
    const rows = (await s.gql<{ routineInspections: { edges: Array<{ node: Insp }> } }>(INSPECTIONS, {}, tok.clerk))
      .data.routineInspections.edges;
    const x = rows[0].node;
    const items = x.checklist!.split('\n');
    expect(items.length).toBeGreaterThan(1);
    const yesterday = new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10); // China time
    const done = (findings: string) => ({
      updates: [
        { id: x.id, version: x.version, values: { doneAt: yesterday, doneBy: '王磊', result: 'NORMAL', findings } },
      ],
    });
    const short = await s.gql<{ saveRoutineInspections: SaveOut }>(
      SAVE,
      { input: done(`${items[0]}：正常`) },
      tok.clerk,
    );
    expect(short.data.saveRoutineInspections.errors[0]).toMatchObject({ field: 'findings', code: 'REQUIRED' });
    expect(short.data.saveRoutineInspections.errors[0].message).toContain(items[1]);
    const whole = await s.gql<{ saveRoutineInspections: SaveOut }>(
      SAVE,
      { input: done(items.map((i) => `${i}：正常`).join('；')) },
      tok.clerk,
    );
    expect(whole.data.saveRoutineInspections.ok).toBe(true);
  });

  it('never lets the first-month inspection be called off, while a later one may be', async () => {
    const all = (
      await s.gql<{ routineInspections: { edges: Array<{ node: Insp }> } }>(
        `{ routineInspections(first: 200, filter: { doneAt: { isNull: true } }) { edges { node { id version planMonth checklist } } } }`,
        {},
        tok.clerk,
      )
    ).data.routineInspections.edges.map((e) => e.node);
    const first = present(
      all.find((x) => x.planMonth === 1),
      'a first-month inspection',
    );
    const later = present(
      all.find((x) => x.planMonth > 1),
      'a later inspection',
    );
    const voidIt = (x: Insp) =>
      s.gql<{ saveRoutineInspections: SaveOut }>(
        SAVE,
        { input: { voids: [{ id: x.id, version: x.version, reason: '客户设备已停用' }] } },
        tok.clerk,
      );
    const kept = await voidIt(first);
    expect(kept.data.saveRoutineInspections.errors[0]).toMatchObject({
      code: 'KEPT',
      message: '首月例行检查不能取消（一品一案）',
    });
    expect((await voidIt(later)).data.saveRoutineInspections.ok).toBe(true);
  });
});

describe('the month’s report', () => {
  it('carries the field service by station, with the promise kept per clock', async () => {
    const month = new Date(Date.now() + 8 * 3_600_000 - 31 * 86_400_000).toISOString().slice(0, 7); // last month
    const r = await s.gql<{
      generateMonthlyReport: { content: { tables: Array<{ name: string; rows: Array<Record<string, unknown>> }> } };
    }>(`mutation($m: String!) { generateMonthlyReport(month: $m) { content } }`, { m: month }, tok.quality);
    expect(r.errors).toBeUndefined();
    const table = present(
      r.data.generateMonthlyReport.content.tables.find((t) => t.name === '现场服务（按服务站）'),
      'the field-service table',
    );
    const total = present(table.rows.at(-1), 'its total line');
    expect(total.label).toBe('合计');
    expect(Number(total.requests)).toBeGreaterThan(0);
    expect(table.rows.slice(0, -1).reduce((n, x) => n + Number(x.requests), 0)).toBe(total.requests);
    expect(Number(total.ARRIVAL)).toBeGreaterThan(0);
    expect(Number(total.ARRIVAL)).toBeLessThanOrEqual(1);
  });
});

describe('the wider inspection plan (一品一案)', () => {
  it('adds a yearly inspection for big accounts and one near the design life, once', async () => {
    const PLAN = `mutation { planExtraInspections }`;
    const added = await s.gql<{ planExtraInspections: number }>(PLAN, {}, tok.quality);
    expect(added.errors).toBeUndefined();
    expect(added.data.planExtraInspections).toBeGreaterThan(0);
    const planned = await s.gql<{ routineInspections: { edges: Array<{ node: { planReason: string } }> } }>(
      `{ routineInspections(first: 500, filter: { planReason: { isNull: false } }) { edges { node { planReason } } } }`,
      {},
      tok.quality,
    );
    const reasons = planned.data.routineInspections.edges.map((e) => e.node.planReason);
    expect(reasons).toContain('重点客户年度检查');
    expect(reasons.some((r) => r.startsWith('临近设计使用年限'))).toBe(true);
    expect((await s.gql<{ planExtraInspections: number }>(PLAN, {}, tok.quality)).data.planExtraInspections).toBe(0);
    expect((await s.gql(PLAN, {}, tok.production)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('the dispatch board', () => {
  it('counts each technician’s open requests by the day of their arrival promise, the overdue apart', async () => {
    const r = await s.gql<{ technicianLoads: Array<{ code: string; overdue: number; perDay: number[] }> }>(
      `{ technicianLoads(days: 3) { code overdue perDay } }`,
      {},
      tok.clerk,
    );
    expect(r.errors).toBeUndefined();
    const wuhan = present(
      r.data.technicianLoads.find((l) => l.code === 'JS005'),
      '武汉服务站',
    );
    expect(wuhan.overdue).toBeGreaterThan(0); // dispatched 30 hours ago, not on site yet
    expect(r.data.technicianLoads.every((l) => l.perDay.length === 3)).toBe(true);
    expect((await s.gql(`{ technicianLoads(days: 40) { code } }`, {}, tok.clerk)).errors?.[0].extensions.field).toBe(
      'days',
    );
    expect((await s.gql(`{ technicianLoads { code } }`, {}, tok.production)).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('a technician reaches only his own work, by every path', () => {
  it('may not record arrival on another’s request, nor change or void a report once filed', async () => {
    const open = (
      await s.gql<{ serviceRequests: { edges: Array<{ node: Req }> } }>(
        `{ serviceRequests(first: 20, filter: { status: { eq: DISPATCHED } }) { edges { node { ${REQ} } } } }`,
        {},
        tok.clerk,
      )
    ).data.serviceRequests.edges.map((e) => e.node);
    const others = present(
      open.find((r) => r.technician?.code !== 'JS001'),
      'a request of another technician',
    );
    const notHis = await command('arriveOnSite', 'tech', others);
    expect(notHis.errors?.[0].message).toBe('只能为派给自己的报修单记录到场');
    const visit = present(
      (
        await s.gql<{ serviceVisits: { edges: Array<{ node: { id: number; version: number } }> } }>(
          `{ serviceVisits(first: 1, filter: { technicianId: { isNull: false } }) { edges { node { id version } } } }`,
          {},
          tok.clerk,
        )
      ).data.serviceVisits.edges[0]?.node,
      'a filed visit',
    );
    const SAVE = `mutation($input: SaveServiceVisitInput!) { saveServiceVisits(input: $input) { ok errors { field code message } } }`;
    const edit = await s.gql<{ saveServiceVisits: SaveOut }>(
      SAVE,
      { input: { updates: [{ id: visit.id, version: visit.version, values: { workDone: '改写的处理措施' } }] } },
      tok.tech,
    );
    expect(edit.data.saveServiceVisits.errors[0]).toMatchObject({ code: 'FORBIDDEN' });
    const voided = await s.gql<{ saveServiceVisits: SaveOut }>(
      SAVE,
      { input: { voids: [{ id: visit.id, version: visit.version, reason: '不要了' }] } },
      tok.tech,
    );
    expect(voided.data.saveServiceVisits.errors[0]).toMatchObject({ code: 'KEPT' });
    // the office corrects it, on the trail
    const byClerk = await s.gql<{ saveServiceVisits: SaveOut }>(
      SAVE,
      { input: { updates: [{ id: visit.id, version: visit.version, values: { findings: '客服据纸质报告更正' } }] } },
      tok.clerk,
    );
    expect(byClerk.data.saveServiceVisits.ok).toBe(true);
  });
});

describe('a faulty part brought back from the field', () => {
  const MOVE = `mutation($input: SavePartMovementInput!) { savePartMovements(input: $input) {
    ok errors { field code message } rows { movementNo reworkOrder { reworkNo status returnOrder { orderNo } archive { serialNo } defect } } } }`;
  type Moved = SaveOut & {
    rows: Array<{
      movementNo: string;
      reworkOrder: {
        reworkNo: string;
        status: string;
        returnOrder: null | { orderNo: string };
        archive: { serialNo: string } | null;
        defect: string;
      } | null;
    }>;
  };
  const faulty = (visit: string, toLocation = 'PZ-01') => ({
    creates: [{ ref: 'f', values: { kind: 'RETURN_FAULTY', part: 'BJ-XD-QHF1', qty: 1, toLocation, visit } }],
  });
  type Visit = { visitNo: string; technician: { code: string }; request: { archive: { serialNo: string } | null } };
  const visits = async () =>
    (
      await s.gql<{ serviceVisits: { edges: Array<{ node: Visit }> } }>(
        `{ serviceVisits(first: 200) { edges { node { visitNo technician { code } request { archive { serialNo } } } } } }`,
        {},
        tok.clerk,
      )
    ).data.serviceVisits.edges.map((e) => e.node);

  it('goes to quality’s shelf and opens a rework order there, from the unit it came out of; only to quality, only with its visit', async () => {
    const all = await visits();
    const his = present(
      all.find((v) => v.technician.code === 'JS001' && v.request.archive),
      '张伟’s visit',
    );
    const others = present(
      all.find((v) => v.technician.code !== 'JS001'),
      'another’s visit',
    );
    const shelf = await stock('PZ-01', 'BJ-XD-QHF1');
    const noVisit = await s.gql<{ savePartMovements: Moved }>(
      MOVE,
      {
        input: {
          creates: [{ ref: 'f', values: { kind: 'RETURN_FAULTY', part: 'BJ-XD-QHF1', qty: 1, toLocation: 'PZ-01' } }],
        },
      },
      tok.clerk,
    );
    expect(noVisit.data.savePartMovements.errors[0]).toMatchObject({ field: 'visit', code: 'REQUIRED' });
    const toWarehouse = await s.gql<{ savePartMovements: Moved }>(
      MOVE,
      { input: faulty(his.visitNo, 'CK-01') },
      tok.clerk,
    );
    expect(toWarehouse.data.savePartMovements.errors[0]).toMatchObject({ field: 'toLocation', code: 'INVALID' });
    const notHis = await s.gql<{ savePartMovements: Moved }>(MOVE, { input: faulty(others.visitNo) }, tok.tech);
    expect(notHis.data.savePartMovements.errors[0]).toMatchObject({ field: 'visit', code: 'FORBIDDEN' });
    expect(await stock('PZ-01', 'BJ-XD-QHF1')).toBe(shelf); // nothing of the refused ones was written

    const back = await s.gql<{ savePartMovements: Moved }>(MOVE, { input: faulty(his.visitNo) }, tok.tech);
    expect(back.data.savePartMovements.errors).toEqual([]);
    const rework = present(back.data.savePartMovements.rows[0].reworkOrder, 'the rework order it opened');
    expect(rework).toMatchObject({ status: 'OPEN', returnOrder: null, archive: his.request.archive });
    expect(rework.defect).toContain('BJ-XD-QHF1');
    expect(rework.defect).toContain(his.visitNo);
    expect(await stock('PZ-01', 'BJ-XD-QHF1')).toBe(shelf + 1);

    // quality inspects it like any rework; its cause then counts in the rework history
    const id = (
      await s.gql<{ reworkOrders: { edges: Array<{ node: { id: number; version: number } }> } }>(
        `query($no: String!) { reworkOrders(first: 1, filter: { reworkNo: { eq: $no } }) { edges { node { id version } } } }`,
        { no: rework.reworkNo },
        tok.quality,
      )
    ).data.reworkOrders.edges[0].node;
    const started = await s.gql<{ startReworkInspection: { id: number; version: number; status: string } }>(
      `mutation($id: Int!, $v: Int!) { startReworkInspection(id: $id, version: $v) { id version status } }`,
      { id: id.id, v: id.version },
      tok.quality,
    );
    expect(started.data.startReworkInspection.status).toBe('INSPECTING');
    const found = await s.gql<{ recordReworkInspection: { status: string; defectCause: string } }>(
      `mutation($id: Int!, $v: Int!) { recordReworkInspection(id: $id, version: $v, result: "阀芯密封件开裂", defectCause: "MATERIAL", partsNeeded: false) { status defectCause } }`,
      { id: id.id, v: started.data.startReworkInspection.version },
      tok.quality,
    );
    expect(found.data.recordReworkInspection).toEqual({ status: 'REWORKING', defectCause: 'MATERIAL' });

    // the inspected part leaves the shelf as scrap; and the unit's timeline shows where it went
    const scrap = await s.gql<{ savePartMovements: Moved }>(
      MOVE,
      {
        input: {
          creates: [{ ref: 's', values: { kind: 'SCRAP', part: 'BJ-XD-QHF1', qty: 1, fromLocation: 'PZ-01' } }],
        },
      },
      tok.pmc,
    );
    expect(scrap.data.savePartMovements.errors).toEqual([]);
    expect(await stock('PZ-01', 'BJ-XD-QHF1')).toBe(shelf);
  });

  it('fills the demo: the spring’s valves inspected as a bad incoming lot, the rest worn, none fed back to sales', async () => {
    const r = await s.gql<{
      reworkOrders: {
        edges: Array<{ node: { defectCause: string | null; status: string; feedbackAt: string | null } }>;
      };
    }>(
      `{ reworkOrders(first: 500, filter: { returnOrderId: { isNull: true }, defect: { contains: "BJ-XD-QHF1" } }) { edges { node { defectCause status feedbackAt } } } }`,
      {},
      tok.quality,
    );
    const rows = r.data.reworkOrders.edges.map((e) => e.node);
    expect(rows.filter((x) => x.defectCause === 'MATERIAL').length).toBeGreaterThan(0);
    expect(rows.every((x) => x.feedbackAt === null)).toBe(true);
  });
});
