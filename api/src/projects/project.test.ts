import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 1 });
  await api.seed({ clients: 1, projectName: 'Other Shop', emailDomain: 'other.test', widgetKey: 'other-shop' });
});
afterAll(() => api?.stop());

describe('operators', () => {
  it("lists the caller's project operators by name, never another project's", async () => {
    const anna = await api.login('anna@demo.test', 'demo-operator');
    const result: any = await api.gql('{ operators { id name email role } }', {}, anna);
    expect(result.errors).toBeUndefined();
    expect(result.data.operators.map((o: { name: string; email: string; role: string }) => [o.name, o.email, o.role])).toEqual([
      ['Anna Operator', 'anna@demo.test', 'OPERATOR'],
      ['Boris Operator', 'boris@demo.test', 'OPERATOR'],
      ['Mark Manager', 'manager@demo.test', 'MANAGER'],
      ['Olivia Owner', 'owner@demo.test', 'OWNER'],
    ]);
    expect(result.data.operators.every((o: { id: string }) => typeof o.id === 'string' && o.id.length > 0)).toBe(true);
  });

  it('refuses callers without a valid token', async () => {
    const result = await api.gql('{ operators { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
