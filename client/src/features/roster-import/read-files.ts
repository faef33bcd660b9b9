/** What the import mutations take: CSV files as text, or one zip as base64. */
export interface RosterUpload {
  files?: { name: string; content: string }[];
  zipBase64?: string;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Reads the chosen files in the browser: one zip, or CSV files. */
export async function readRosterFiles(chosen: File[]): Promise<RosterUpload> {
  const zip = chosen.find((f) => f.name.toLowerCase().endsWith('.zip'));
  if (zip) return { zipBase64: base64(new Uint8Array(await zip.arrayBuffer())) };
  return { files: await Promise.all(chosen.map(async (f) => ({ name: f.name, content: await f.text() }))) };
}
