import type { TestServer } from './harness.js';

export const MY_TO_DO = `query($networkId: ID!, $timeZone: String) { myToDo(networkId: $networkId, timeZone: $timeZone) {
  timeZone items { id kind title detail dueAt when dueDay actionLabel path } } }`;

export interface ToDoItemResult {
  id: string;
  kind: string;
  title: string;
  detail: string | null;
  dueAt: string | null;
  when: string | null;
  dueDay: string | null;
  actionLabel: string;
  path: string;
}

/** The person's to-do in a network (the call must succeed). */
export async function toDoOf(
  server: TestServer,
  networkId: string,
  token: string,
  timeZone?: string,
): Promise<{ timeZone: string; items: ToDoItemResult[] }> {
  const res = await server.gql<{ myToDo: { timeZone: string; items: ToDoItemResult[] } }>(
    MY_TO_DO,
    { networkId, timeZone },
    { token },
  );
  if (!res.data || res.errors?.length) throw new Error(`myToDo failed: ${JSON.stringify(res.errors)}`);
  return res.data.myToDo;
}
